using System.Globalization;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// On a terminal, a line on stderr while an AWS call is slow — which endpoint, for how long, when it gives up — redrawn
/// in place and wiped as soon as the call ends, so a silent wait never looks like a hang. Off while another live display
/// (reconcile's progress bar) owns the terminal.
/// </summary>
internal sealed class SlowCallNotice : IAsyncDisposable
{
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter _stderr;
    private readonly HttpCallWatch _watch;
    private readonly TimeProvider _time;
    private readonly TimeSpan _readTimeout;
    private readonly Func<bool> _suppressed;
    private readonly int _width;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly Task _loop;
    private bool _shown;

    public SlowCallNotice(TextWriter stderr, HttpCallWatch watch, TimeProvider time, TimeSpan readTimeout, Func<bool> suppressed, int width)
    {
        _width = width;
        _stderr = stderr;
        _watch = watch;
        _time = time;
        _readTimeout = readTimeout;
        _suppressed = suppressed;
        _watch.Idle += Clear;
        _loop = RunAsync();
    }

    /// <summary>
    /// The line itself, never as wide as the terminal (a wrapped line could not be redrawn in place):
    /// <c>waiting 4 s for dynamodb.us-east-1.amazonaws.com (a try gives up at 30 s; Ctrl+C stops)</c>.
    /// </summary>
    public static string Line(string host, TimeSpan elapsed, TimeSpan readTimeout, int width)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"waiting {(int)elapsed.TotalSeconds} s for {host} (a try gives up at {readTimeout.TotalSeconds:0.#} s; Ctrl+C stops)");
        return text.Length < width ? text : text[..Math.Max(0, width - 2)] + "…";
    }

    public async ValueTask DisposeAsync()
    {
        _watch.Idle -= Clear;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        Clear();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(Tick, _time, _stop.Token).ConfigureAwait(false);
            if (_watch.Oldest() is { } call && call.Elapsed >= Threshold && !_suppressed())
            {
                lock (_gate)
                {
                    _stderr.Write($"\r{Line(call.Host, call.Elapsed, _readTimeout, _width)}\u001b[K");
                    _stderr.Flush();
                    _shown = true;
                }
            }
        }
    }

    private void Clear()
    {
        lock (_gate)
        {
            if (_shown)
            {
                _stderr.Write("\r\u001b[K");
                _stderr.Flush();
                _shown = false;
            }
        }
    }
}
