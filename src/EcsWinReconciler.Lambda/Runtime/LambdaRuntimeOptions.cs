namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>How <see cref="LambdaRuntime"/> bounds each invocation.</summary>
public sealed record LambdaRuntimeOptions
{
    /// <summary>
    /// The handler's token is cancelled this long before the deadline, so an error (or a partial result) can still be
    /// posted and the logs flushed before Lambda stops the process.
    /// </summary>
    public TimeSpan DeadlineMargin { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Used when the deadline header is missing: Lambda's longest timeout.</summary>
    public TimeSpan FallbackTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Sets a process environment variable (the trace id). Replaced in tests, which run in parallel.</summary>
    public Action<string, string?> SetEnvironmentVariable { get; init; } = Environment.SetEnvironmentVariable;

    public static LambdaRuntimeOptions Default { get; } = new();
}
