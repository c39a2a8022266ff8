using System.Globalization;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>Time formats on the wire: ISO-8601 in XML and events, epoch seconds (with millis) in ECS JSON (docs/FACTS.md §1.1).</summary>
public static class Timestamps
{
    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Whole seconds, as EventBridge's envelope <c>time</c>.</summary>
    public static string IsoSeconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static double EpochSeconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;
}
