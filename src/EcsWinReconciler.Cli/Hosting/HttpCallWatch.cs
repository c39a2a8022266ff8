using System.Collections.Concurrent;
using System.Diagnostics;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// The HTTP calls in flight in this process, seen through .NET's own HttpClient activities (the AWS SDK sends every
/// call through HttpClient), so ewr can say which endpoint it is waiting for without a hook in the AWS adapters.
/// </summary>
internal sealed class HttpCallWatch : IDisposable
{
    private const string HttpSource = "System.Net.Http";
    private readonly ConcurrentDictionary<Activity, long> _inFlight = new();
    private readonly ActivityListener _listener;
    private readonly TimeProvider _time;

    public HttpCallWatch(TimeProvider time)
    {
        _time = time;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HttpSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Raised when the last call in flight ends (the notice clears its line before the command prints).</summary>
    public event Action? Idle;

    /// <summary>The call in flight the longest, and for how long; null when none is.</summary>
    public (string Host, TimeSpan Elapsed)? Oldest()
    {
        var oldest = _inFlight.OrderBy(c => c.Value).Select(c => (KeyValuePair<Activity, long>?)c).FirstOrDefault();
        return oldest is { } call ? (Host(call.Key), _time.GetElapsedTime(call.Value)) : null;
    }

    public void Dispose() => _listener.Dispose();

    // HttpClient tags its activity once the request is under way, so the host is read when asked, not at the start.
    private static string Host(Activity activity) =>
        activity.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority
        : activity.GetTagItem("server.address") as string ?? "AWS";

    private void Started(Activity activity) => _inFlight[activity] = _time.GetTimestamp();

    private void Stopped(Activity activity)
    {
        if (_inFlight.TryRemove(activity, out _) && _inFlight.IsEmpty)
        {
            Idle?.Invoke();
        }
    }
}
