namespace EcsWinReconciler.Lambda.Functions;

/// <summary>One of the four functions: reads its event (rejecting a malformed one as a value) and reconciles.</summary>
internal interface ILambdaFunction
{
    Task<FunctionOutcome> HandleAsync(ReadOnlyMemory<byte> body, InvocationContext context, CancellationToken cancellationToken);
}
