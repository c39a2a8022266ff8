namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary>
/// The simulated end of the process (a Lambda frozen or killed): a cancellation, so every
/// <c>catch … when (!cancellationToken.IsCancellationRequested)</c> lets it through, as it would a deadline.
/// </summary>
public sealed class ProcessKilledException : OperationCanceledException
{
    public ProcessKilledException(PortCall at, CancellationToken token)
        : base($"process killed at port call {at}", token)
    {
        At = at;
    }

    public ProcessKilledException()
        : base("process killed")
    {
    }

    public ProcessKilledException(string message)
        : base(message)
    {
    }

    public ProcessKilledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The call the process died at (null only for the parameterless constructors).</summary>
    public PortCall? At { get; }
}
