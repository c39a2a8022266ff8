using System.Collections.Concurrent;
using System.Net;
using System.Text;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>
/// An HTTP proxy on 127.0.0.1 in front of dynalite that injects what dynalite cannot: DynamoDB's throttling
/// (<c>ProvisionedThroughputExceededException</c>, <c>ThrottlingException</c>), 500 and 503, connection resets, latency, and a
/// call DynamoDB applied whose answer never came back (<see cref="DynamoFaultKind.AnswerLost"/>). Point a client's DynamoDB
/// endpoint at <see cref="Endpoint"/>; the real SDK then unmarshals, classifies and retries as it would against AWS.
/// </summary>
public sealed class DynamoFaultProxy : IAsyncDisposable
{
    // Hop-by-hop and framing headers the forwarding request sets itself.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "Connection", "Expect", "Transfer-Encoding", "Content-Type" };

    private readonly HttpListener _listener;
    private readonly Uri _target;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { UseProxy = false, AutomaticDecompression = DecompressionMethods.None });
    private readonly ConcurrentQueue<ProxiedCall> _calls = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private DynamoFaultProxy(HttpListener listener, Uri endpoint, Uri target, int seed)
    {
        _listener = listener;
        _target = target;
        Endpoint = endpoint;
        Faults = new DynamoFaultPlan(seed);
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Endpoint { get; }

    public DynamoFaultPlan Faults { get; }

    public IReadOnlyList<ProxiedCall> Calls => [.. _calls];

    /// <summary>Starts a proxy to <paramref name="target"/> (dynalite's URL); <paramref name="seed"/> drives rules with a rate.</summary>
    public static DynamoFaultProxy Start(Uri target, int seed = 18)
    {
        ArgumentNullException.ThrowIfNull(target);
        for (var attempt = 0; ; attempt++)
        {
            var endpoint = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint.ToString());
            try
            {
                listener.Start();
                return new DynamoFaultProxy(listener, endpoint, target, seed);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
                listener.Close();
            }
        }
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

        _forward.Dispose();
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
        var target = context.Request.Headers["X-Amz-Target"] ?? string.Empty;
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var (delay, fault) = Faults.Next(operation, Encoding.UTF8.GetString(body.ToArray()));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        // Each call is recorded before its answer leaves, so a client that has its answer also finds it in Calls.
        void Record(int status) => _calls.Enqueue(new ProxiedCall(operation, fault, status));
        try
        {
            switch (fault)
            {
                case null:
                    await ForwardAndAnswerAsync(context, body.ToArray(), Record);
                    break;
                case DynamoFaultKind.ConnectionReset:
                    Record(0);
                    context.Response.Abort();
                    break;
                case DynamoFaultKind.AnswerLost:
                    using (var applied = await ForwardAsync(context.Request, body.ToArray()))
                    {
                        await applied.Content.ReadAsByteArrayAsync();
                    }

                    Record(0);
                    context.Response.Abort();
                    break;
                default:
                    await AnswerErrorAsync(context, fault.Value, Record);
                    break;
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (its own timeout or cancellation): nothing to answer.
        }
    }

    private async Task ForwardAndAnswerAsync(HttpListenerContext context, byte[] body, Action<int> record)
    {
        using var answer = await ForwardAsync(context.Request, body);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
        foreach (var header in answer.Headers.Where(h => h.Key.StartsWith("x-amz", StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers[header.Key] = string.Join(",", header.Value);
        }

        record((int)answer.StatusCode);
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static async Task AnswerErrorAsync(HttpListenerContext context, DynamoFaultKind kind, Action<int> record)
    {
        var (status, code, text) = DynamoErrorBodies.For(kind);
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.0";
        context.Response.Headers["x-amzn-ErrorType"] = code;
        context.Response.Headers["x-amzn-RequestId"] = "EWRPROXYFAULT0000000000000000000000000000000000000000";
        record(status);
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private async Task<HttpResponseMessage> ForwardAsync(HttpListenerRequest request, byte[] body)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.HttpMethod), new Uri(_target, request.Url!.PathAndQuery))
        {
            Content = new ByteArrayContent(body),
        };
        if (request.ContentType is { } contentType)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var name in request.Headers.AllKeys.OfType<string>().Where(n => !NotForwarded.Contains(n)))
        {
            message.Headers.TryAddWithoutValidation(name, request.Headers[name]);
        }

        return await _forward.SendAsync(message, _stop.Token);
    }
}
