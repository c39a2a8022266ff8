using System.Text.Json;
using EcsWinReconciler.LoadHarness.Account;

namespace EcsWinReconciler.LoadHarness.Runtime;

/// <summary>
/// A bootstrap process serving one function against a <see cref="LoadAccount"/> through its own loopback Runtime API.
/// <see cref="InvokeAsync"/> fails loudly (with the process's last output) when the process reports an init error,
/// answers with an error, or dies.
/// </summary>
internal sealed class FunctionUnderTest : IAsyncDisposable
{
    private readonly LoopbackRuntimeApi _api;

    private FunctionUnderTest(LoopbackRuntimeApi api, FunctionProcess process)
    {
        _api = api;
        Process = process;
    }

    public FunctionProcess Process { get; }

    public Task<long> FirstPoll => _api.FirstPoll;

    public static async Task<FunctionUnderTest> StartAsync(FunctionBuild build, LoadAccount account, string handler)
    {
        var api = await LoopbackRuntimeApi.StartAsync().ConfigureAwait(false);
        return new FunctionUnderTest(api, FunctionProcess.Start(build, account.Environment(handler, api.Address)));
    }

    /// <summary>One event, answered within <paramref name="deadlineIn"/> (also the deadline the function is given).</summary>
    public async Task<(RuntimeAnswer Answer, JsonElement Response)> InvokeAsync(string body, TimeSpan deadlineIn)
    {
        var answer = _api.InvokeAsync(body, TimeProvider.System.GetUtcNow() + deadlineIn);
        var limit = Task.Delay(deadlineIn + TimeSpan.FromSeconds(30));
        var first = await Task.WhenAny(answer, _api.InitError, limit).ConfigureAwait(false);
        if (first == _api.InitError)
        {
            throw new InvalidOperationException($"init error: {await _api.InitError.ConfigureAwait(false)}\n{Process.Tail()}");
        }

        if (first != answer)
        {
            throw new TimeoutException($"no answer within {deadlineIn}\n{Process.Tail()}");
        }

        var result = await answer.ConfigureAwait(false);
        if (result.IsError)
        {
            throw new InvalidOperationException($"the function answered with an error: {result.Body}\n{Process.Tail()}");
        }

        using var document = JsonDocument.Parse(result.Body);
        return (result, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Process.Dispose();
        await _api.DisposeAsync().ConfigureAwait(false);
    }
}
