namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>
/// What <see cref="LambdaRuntime"/> runs for each invocation. The token is cancelled a margin before the deadline.
/// An exception becomes an error post (with its type and message); the process goes on to the next invocation.
/// </summary>
public interface IInvocationHandler
{
    /// <summary>Returns the response body (UTF-8 JSON).</summary>
    Task<byte[]> HandleAsync(LambdaInvocation invocation, CancellationToken cancellationToken);
}
