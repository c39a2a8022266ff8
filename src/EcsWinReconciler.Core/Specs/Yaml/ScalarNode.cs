using System.Globalization;
using System.Text;

namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// A scalar as written. <see cref="IsPlain"/> is false for quoted or block scalars and for an explicit
/// <c>!!str</c> tag: those are always strings, so <c>"80"</c> and <c>80</c> can be told apart where it matters
/// (booleans must be plain; see <see cref="Shapes.Scalars"/>).
/// </summary>
internal sealed class ScalarNode(SourcePosition start, string value, bool isPlain) : DocNode(start)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>YAML null: a plain empty value, <c>~</c> or <c>null</c>. A null field counts as absent.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public bool IsBoolean => IsPlain && Value is "true" or "false";

    public bool IsInteger => IsPlain && long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public override string Describe() =>
        IsNull ? "null"
        : IsBoolean ? Value
        : IsInteger ? $"the number {Value}"
        : IsPlain ? Quote(Value)
        : $"the string {Quote(Value)}";

    /// <summary>A value in double quotes, cut short when long, so messages stay one readable line.</summary>
    public static string Quote(string value) => "\"" + Escape(value.Length > 80 ? value[..77] + "..." : value) + "\"";

    /// <summary>Escapes like a JSON string (quotes, backslashes, control characters), so a quoted value reads back exactly.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                < ' ' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }
}
