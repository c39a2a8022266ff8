using System.Globalization;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// How instants are stored: UTC ISO-8601 with all seven fractional digits and a <c>Z</c> (fixed width, so string
/// order is time order and condition expressions can compare them), and TTL values as epoch seconds.
/// </summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var ok = DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc);
        value = ok ? new DateTimeOffset(utc, TimeSpan.Zero) : default;
        return ok;
    }

    /// <summary>The value DynamoDB TTL expects: whole seconds since the Unix epoch, rounded up so nothing expires early.</summary>
    public static long ToEpochSeconds(DateTimeOffset value)
    {
        var seconds = value.ToUnixTimeSeconds();
        return value > DateTimeOffset.FromUnixTimeSeconds(seconds) ? seconds + 1 : seconds;
    }
}
