using System.Globalization;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>Reads typed values from the environment, collecting a problem (never the value) for each bad one.</summary>
internal sealed class SettingsReader(Func<string, string?> environment)
{
    public List<string> Problems { get; } = [];

    public string? Text(string name) => environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int Int(string name, int fallback, int min)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        Problems.Add($"{name} must be a whole number of at least {min}");
        return fallback;
    }

    /// <summary>
    /// A wrong value as a problem may show it: quoted when it looks like a typo of a keyword (at most 16 lowercase letters,
    /// digits or hyphens: "remediat", "bootstrap"); otherwise only its length, because the init error goes to the logs and
    /// a value pasted into the wrong variable may be a credential (issue 8).
    /// </summary>
    internal static string Shown(string value) =>
        value.Length <= 16 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? $"\"{value}\""
            : $"a value of {value.Length} characters (not shown)";

    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
