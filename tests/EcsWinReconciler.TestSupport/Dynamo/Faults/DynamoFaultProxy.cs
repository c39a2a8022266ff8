using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>
/// An HTTP proxy on 127.0.0.1 in front of dynalite that injects what dynalite cannot: DynamoDB's throttling
/// (<c>ProvisionedThroughputExceededException</c>, <c>ThrottlingException</c>), 500 and 503, connection resets, latency, and a
/// call DynamoDB applied whose answer never came back (<see cref="DynamoFaultKind.AnswerLost"/>). Point a client's DynamoDB
/// endpoint at <see cref="Endpoint"/>; the real SDK then unmarshals, classifies and retries as it would against AWS. It speaks
/// HTTP/1.1 on raw sockets so that a reset is a TCP reset (an HTTP server library would answer something first).
/// </summary>
public sealed class DynamoFaultProxy : IAsyncDisposable
{
    // Framing headers this proxy sets itself on each leg.
    private static readonly HashSet<string> Framing = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "Connection", "Keep-Alive", "Expect", "Transfer-Encoding", "Content-Type" };

    private readonly TcpListener _listener;
    private readonly Uri _target;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { UseProxy = false, AutomaticDecompression = DecompressionMethods.None });
    private readonly ConcurrentQueue<ProxiedCall> _calls = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private DynamoFaultProxy(TcpListener listener, Uri target, int seed)
    {
        _listener = listener;
        _target = target;
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
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
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new DynamoFaultProxy(listener, target, seed);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException or OperationCanceledException)
        {
            // Stopping the listener ends the accept loop this way.
        }

        _forward.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeConnectionAsync(client));
        }
    }

    private async Task ServeConnectionAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                while (await HttpMessage.ReadAsync(stream, _stop.Token) is { } request)
                {
                    if (!await ServeAsync(client, stream, request))
                    {
                        return;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the proxy stops.
            }
        }
    }

    /// <summary>Answers one request (or resets the connection); false when the connection is gone.</summary>
    private async Task<bool> ServeAsync(TcpClient client, NetworkStream stream, HttpMessage request)
    {
        var target = request.Header("X-Amz-Target") ?? string.Empty;
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var (delay, fault) = Faults.Next(operation, Encoding.UTF8.GetString(request.Body));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _stop.Token);
        }

        // Each call is recorded before its answer leaves, so a client that has its answer also finds it in Calls.
        void Record(int status) => _calls.Enqueue(new ProxiedCall(operation, fault, status, delay));
        switch (fault)
        {
            case null:
                using (var answer = await ForwardAsync(request))
                {
                    var body = await answer.Content.ReadAsByteArrayAsync(_stop.Token);
                    var headers = answer.Headers.Where(h => h.Key.StartsWith("x-amz", StringComparison.OrdinalIgnoreCase))
                        .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)))
                        .Append(new("Content-Type", answer.Content.Headers.ContentType?.ToString() ?? "application/x-amz-json-1.0"));
                    Record((int)answer.StatusCode);
                    await HttpMessage.WriteResponseAsync(stream, (int)answer.StatusCode, headers, body, _stop.Token);
                    return true;
                }

            case DynamoFaultKind.ConnectionReset:
                Record(0);
                Reset(client);
                return false;
            case DynamoFaultKind.AnswerLost:
                using (var applied = await ForwardAsync(request))
                {
                    await applied.Content.ReadAsByteArrayAsync(_stop.Token);
                }

                Record(0);
                Reset(client);
                return false;
            default:
                var (status, code, text) = DynamoErrorBodies.For(fault.Value);
                Record(status);
                await HttpMessage.WriteResponseAsync(stream, status,
                [
                    new("Content-Type", "application/x-amz-json-1.0"),
                    new("x-amzn-ErrorType", code),
                    new("x-amzn-RequestId", "EWRPROXYFAULT0000000000000000000000000000000000000000"),
                ], Encoding.UTF8.GetBytes(text), _stop.Token);
                return true;
        }
    }

    /// <summary>Closes with a TCP reset (linger 0): the client sees "connection reset by peer", not an answer.</summary>
    private static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    private async Task<HttpResponseMessage> ForwardAsync(HttpMessage request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target, request.Target)) { Content = new ByteArrayContent(request.Body) };
        if (request.Header("Content-Type") is { } contentType)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var (name, value) in request.Headers.Where(h => !Framing.Contains(h.Key)))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return await _forward.SendAsync(message, _stop.Token);
    }
}
