using System.Globalization;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// When an exception lapses. A date alone (<c>2027-01-31</c>) means "until the end of that day, UTC", which is what people
/// mean by "until the 31st"; a timestamp with an offset is taken as written. <see cref="ToString"/> gives the text back as
/// it was meant (the date, or the UTC timestamp), so the canonical spec document round-trips.
/// </summary>
public readonly record struct ExceptionExpiry(DateTimeOffset LapsesAt, bool DateOnly)
{
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>In force at <paramref name="now"/>: not lapsed yet.</summary>
    public bool InForceAt(DateTimeOffset now) => now < LapsesAt;

    /// <summary>The day people read: the date written, or the UTC date of a timestamp.</summary>
    public string Day => (DateOnly ? LapsesAt.AddDays(-1) : LapsesAt).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ExceptionExpiry EndOfDay(DateOnly day) =>
        new(new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DateOnly: true);

    public static bool TryParse(string text, out ExceptionExpiry expiry)
    {
        expiry = default;
        if (System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day == System.DateOnly.MaxValue)
            {
                return false;
            }

            expiry = EndOfDay(day);
            return true;
        }

        // A timestamp must say its offset: a time without one would be read in whatever zone the reader runs in.
        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            expiry = new ExceptionExpiry(at.ToUniversalTime(), DateOnly: false);
            return true;
        }

        return false;
    }

    public override string ToString() =>
        DateOnly ? Day : LapsesAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
