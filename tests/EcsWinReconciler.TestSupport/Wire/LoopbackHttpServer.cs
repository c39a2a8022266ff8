using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcsWinReconciler.TestSupport.Wire;

/// <summary>
/// A scripted HTTP server on 127.0.0.1 for wire tests: the real SDK clients talk to it through an endpoint
/// override; it records every request and answers with what the responder returns.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<RecordedRequest, StubResponse> _responder;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LoopbackHttpServer(HttpListener listener, Uri baseAddress, Func<RecordedRequest, StubResponse> responder)
    {
        _listener = listener;
        _responder = responder;
        BaseAddress = baseAddress;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static LoopbackHttpServer Start(Func<RecordedRequest, StubResponse> responder)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var prefix = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new LoopbackHttpServer(listener, new Uri(prefix), responder);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
                listener.Close();
            }
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
            // Closing the listener ends the accept loop this way.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in context.Request.Headers.AllKeys.OfType<string>())
        {
            headers[name] = context.Request.Headers[name] ?? string.Empty;
        }

        var url = context.Request.Url!;
        var request = new RecordedRequest(context.Request.HttpMethod, url.AbsolutePath, url.Query.TrimStart('?'), headers, body.ToArray());
        _requests.Enqueue(request);

        StubResponse response;
        try
        {
            response = _responder(request);
        }
        catch (Exception ex)
        {
            response = new StubResponse(599, $"responder failed: {ex.Message}", "text/plain");
        }

        var bytes = response.RawBody ?? Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
