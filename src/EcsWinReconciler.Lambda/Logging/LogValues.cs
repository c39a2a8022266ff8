using System.Globalization;
using System.Text.Json;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>
/// Writes one property value of a log entry: numbers and booleans as JSON, everything else as text. A second guard
/// behind "never log secrets or event bodies": values of secret-looking keys are redacted and long values cut.
/// </summary>
internal static class LogValues
{
    public const int MaxValueLength = 2048;
    public const string Redacted = "[redacted]";

    private static readonly string[] SecretWords = ["password", "secret", "token", "credential", "authorization", "signature"];

    public static bool IsSecretKey(string key) =>
        SecretWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase));

    public static void Write(Utf8JsonWriter writer, string key, object? value)
    {
        if (IsSecretKey(key))
        {
            writer.WriteString(key, Redacted);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNull(key);
                break;
            case bool b:
                writer.WriteBoolean(key, b);
                break;
            case int or long or short or byte or uint or ushort or sbyte:
                writer.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumber(key, u);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumber(key, d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumber(key, f);
                break;
            case decimal m:
                writer.WriteNumber(key, m);
                break;
            case DateTimeOffset t:
                writer.WriteString(key, t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteString(key, Cut(Text(value)));
                break;
        }
    }

    public static string Cut(string text, int max = MaxValueLength) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"…(+{text.Length - max} chars)");

    private static string Text(object value) =>
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
}
