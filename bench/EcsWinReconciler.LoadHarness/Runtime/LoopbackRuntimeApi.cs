using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.LoadHarness.Runtime;

/// <summary>
/// The Lambda Runtime API (2018-06-01) on 127.0.0.1 for a bootstrap process: <see cref="InvokeAsync"/> queues an event and
/// completes when the function posts its response (or error); each answer carries the harness clock's timestamp of its
/// arrival, and <see cref="FirstPoll"/> when the process first asked for work (its initialisation was over).
/// </summary>
internal sealed class LoopbackRuntimeApi : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private readonly WebApplication _app;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RuntimeAnswer>> _answers = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<long> _firstPoll = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    private LoopbackRuntimeApi(WebApplication app) => _app = app;

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>Harness timestamp of the first GET invocation/next.</summary>
    public Task<long> FirstPoll => _firstPoll.Task;

    /// <summary>Completes if the function reports an init error (its message).</summary>
    public Task<string> InitError => _initError.Task;

    public static async Task<LoopbackRuntimeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var api = new LoopbackRuntimeApi(app);
        app.Run(api.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        api.Address = $"{address.Host}:{address.Port}";
        return api;
    }

    /// <summary>Queues one event with the given deadline; completes with the function's answer.</summary>
    public Task<RuntimeAnswer> InvokeAsync(string body, DateTimeOffset deadline)
    {
        var id = "req-" + Interlocked.Increment(ref _requests).ToString("D6", CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<RuntimeAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[id] = answer;
        _queue.Writer.TryWrite(new Pending(id, body, deadline));
        return answer.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (HttpMethods.IsGet(context.Request.Method) && path == Prefix + "invocation/next")
        {
            _firstPoll.TrySetResult(TimeProvider.System.GetTimestamp());
            await NextAsync(context).ConfigureAwait(false);
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var at = TimeProvider.System.GetTimestamp();
        var parts = path[Math.Min(path.Length, Prefix.Length)..].Split('/');
        if (parts is ["invocation", var id, "response" or "error"] && _answers.TryRemove(id, out var answer))
        {
            answer.TrySetResult(new RuntimeAnswer(id, parts[2] == "error", body, at));
        }
        else if (parts is ["init", "error"])
        {
            _initError.TrySetResult(body);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        await context.Response.WriteAsync("""{"status":"OK"}""", context.RequestAborted).ConfigureAwait(false);
    }

    private async Task NextAsync(HttpContext context)
    {
        Pending next;
        try
        {
            next = await _queue.Reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
        context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = next.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:111122223333:function:ewr-load";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(next.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private sealed record Pending(string RequestId, string Body, DateTimeOffset Deadline);
}

/// <summary>What the function posted for one invocation, and when it arrived (harness timestamp).</summary>
internal sealed record RuntimeAnswer(string RequestId, bool IsError, string Body, long ArrivedAt);
