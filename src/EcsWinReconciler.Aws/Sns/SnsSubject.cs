using System.Text;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// Makes any text a valid SNS Subject — ASCII, starting with a letter, number or punctuation mark, no line breaks
/// or control characters, fewer than 100 characters (docs/FACTS.md §5.5) — instead of letting Publish fail on it.
/// </summary>
public static class SnsSubject
{
    public const int MaxLength = 99;
    private const string Ellipsis = "...";

    /// <summary>The sanitised subject, or null when nothing printable is left (Publish then sends none).</summary>
    public static string? Sanitize(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var builder = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            var ascii = ToAscii(c);
            foreach (var a in ascii)
            {
                // Whitespace, line breaks and control characters all become one space.
                if (a == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                {
                    continue;
                }

                builder.Append(a);
            }
        }

        var text = builder.ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length <= MaxLength ? text : text[..(MaxLength - Ellipsis.Length)].TrimEnd() + Ellipsis;
    }

    private static string ToAscii(char c) => c switch
    {
        < ' ' or '\u007f' => " ",
        <= '~' => c.ToString(),
        '\u00a0' or '\u2007' or '\u202f' => " ",
        '\u2018' or '\u2019' or '\u201a' or '\u2032' => "'",
        '\u201c' or '\u201d' or '\u201e' or '\u2033' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "-",
        '\u2026' => Ellipsis,
        '\u2192' => "->",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => " ",
        _ when char.IsLowSurrogate(c) => string.Empty,
        _ => "?",
    };
}
