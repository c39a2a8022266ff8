using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// Factories for scalar shapes. Scalars are read as written, never through YAML 1.1 typing: <c>no</c> is not
/// false and <c>010</c> is not eight. Strings accept any non-null scalar (<c>family: 2024</c> is the family
/// "2024"); booleans must be plain <c>true</c>/<c>false</c> (a quoted "true" is a string, and an error);
/// ports and protocols accept a number or a string (<c>80</c> and <c>"80"</c> are the same port).
/// </summary>
internal static class Scalars
{
    /// <summary>A string that must match <paramref name="pattern"/> (and <paramref name="isValid"/>, when given).</summary>
    public static ScalarShape<string> Text(string expected, string? pattern, Func<string, bool>? isValid = null, Func<string, string?>? explain = null)
    {
        var regex = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant);
        isValid ??= value => regex is null || regex.IsMatch(value);
        return new ScalarShape<string>(expected, JsonTypes.String, Parse, (writer, value) => writer.WriteStringValue(value)) { Pattern = pattern };

        bool Parse(ScalarNode node, out string value, out string? problem)
        {
            value = node.Value;
            problem = node.IsNull ? $"expected {expected}, got null"
                : explain?.Invoke(node.Value) is { } explained ? explained
                : isValid(node.Value) ? null
                : $"{ScalarNode.Quote(node.Value)} is not {expected}";
            return problem is null;
        }
    }

    public static ScalarShape<bool> Boolean() => new(
        "true or false",
        JsonTypes.Boolean,
        (ScalarNode node, out bool value, out string? problem) =>
        {
            value = node.IsBoolean && node.Value == "true";
            problem = node.IsBoolean ? null : $"expected true or false, got {node.Describe()}";
            return problem is null;
        },
        (writer, value) => writer.WriteBooleanValue(value));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, written plain (<c>10</c>) or quoted.</summary>
    public static ScalarShape<int> WholeNumber(int min, int max) => new(
        $"a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
        JsonTypes.Integer,
        (ScalarNode node, out int value, out string? problem) =>
        {
            var ok = int.TryParse(node.IsNull ? null : node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max;
            value = ok ? parsed : 0;
            problem = ok ? null : $"{(node.IsNull ? "null" : ScalarNode.Quote(node.Value))} is not a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
            return ok;
        },
        (writer, value) => writer.WriteNumberValue(value))
    {
        Minimum = min,
        Maximum = max,
    };

    /// <summary>One of the members' spellings, matched exactly; near misses get a suggestion.</summary>
    public static ScalarShape<T> OneOf<T>(params EnumMember<T>[] members)
        where T : struct, Enum
    {
        var accepted = members.Where(m => m.RejectedBecause is null).Select(m => m.Text).ToArray();
        var expected = accepted.Length == 1 ? $"\"{accepted[0]}\"" : $"one of {string.Join(", ", accepted)}";
        return new ScalarShape<T>(expected, JsonTypes.String, Parse, Write) { EnumValues = accepted };

        bool Parse(ScalarNode node, out T value, out string? problem)
        {
            var member = members.FirstOrDefault(m => string.Equals(m.Text, node.Value, StringComparison.Ordinal));
            value = member?.Value ?? default;
            problem = member is null ? $"{(node.IsNull ? "null" : ScalarNode.Quote(node.Value))} is not {expected}{Suggestions.DidYouMean(node.Value, accepted)}"
                : member.RejectedBecause is { } reason ? $"\"{member.Text}\" is not allowed here: {reason}"
                : null;
            return problem is null;
        }

        void Write(Utf8JsonWriter writer, T value) =>
            writer.WriteStringValue(members.FirstOrDefault(m => EqualityComparer<T>.Default.Equals(m.Value, value))?.Text
                ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no spelling in the spec language."));
    }
}
