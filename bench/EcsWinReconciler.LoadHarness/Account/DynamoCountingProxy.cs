using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.LoadHarness.Account;

/// <summary>
/// A reverse proxy on 127.0.0.1 in front of dynalite that counts every DynamoDB call by its <c>X-Amz-Target</c>
/// operation, whichever process makes it (dynalite keeps no log). Requests and answers pass through unchanged.
/// </summary>
internal sealed class DynamoCountingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Content-Length", "Expect" };
    private readonly WebApplication _app;
    private readonly HttpClient _forward;
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private long _writeUnits;
    private long _strongReadUnits;
    private long _eventualReadHalfUnits;

    private DynamoCountingProxy(WebApplication app, HttpClient forward, Uri endpoint)
    {
        _app = app;
        _forward = forward;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Calls so far, keyed <c>dynamodb:Operation</c>.</summary>
    public IReadOnlyDictionary<string, int> Counts() => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    /// <summary>
    /// The capacity units the calls so far would be billed, estimated from the wire: a write costs a unit per KB of its
    /// request body (the item plus the request's own JSON, so a little more than DynamoDB counts), a GetItem (consistent) a
    /// unit per 4 KB of its answer, a Query or Scan (eventually consistent) half a unit per 4 KB of its answer.
    /// </summary>
    public CapacityUnits Units() => new(Interlocked.Read(ref _writeUnits), Interlocked.Read(ref _strongReadUnits), Interlocked.Read(ref _eventualReadHalfUnits) / 2.0);

    public static async Task<DynamoCountingProxy> StartAsync(Uri dynalite)
    {
        var forward = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { BaseAddress = dynalite };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        DynamoCountingProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        proxy = new DynamoCountingProxy(app, forward, new Uri(address.TrimEnd('/') + "/"));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _forward.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        _calls.AddOrUpdate("dynamodb:" + operation, 1, (_, n) => n + 1);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        foreach (var (name, values) in context.Request.Headers.Where(h => !HopHeaders.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await _forward.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopHeaders.Contains(h.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
        Charge(operation, body.Length, answer.Length);
        await context.Response.Body.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
    }

    private void Charge(string operation, long requestBytes, long answerBytes)
    {
        switch (operation)
        {
            case "PutItem" or "UpdateItem" or "DeleteItem":
                Interlocked.Add(ref _writeUnits, UnitsOf(requestBytes, 1024));
                break;
            case "GetItem":
                Interlocked.Add(ref _strongReadUnits, UnitsOf(answerBytes, 4096));
                break;
            case "Query" or "Scan":
                Interlocked.Add(ref _eventualReadHalfUnits, UnitsOf(answerBytes, 4096));
                break;
        }
    }

    private static long UnitsOf(long bytes, long unit) => Math.Max(1, (bytes + unit - 1) / unit);
}

/// <summary>DynamoDB capacity units: write units, strongly consistent read units, eventually consistent read units (half each).</summary>
internal sealed record CapacityUnits(double Writes, double StrongReads, double EventualReads)
{
    public static CapacityUnits None { get; } = new(0, 0, 0);

    public double Reads => StrongReads + EventualReads;

    public CapacityUnits Minus(CapacityUnits before) => new(Writes - before.Writes, StrongReads - before.StrongReads, EventualReads - before.EventualReads);
}
