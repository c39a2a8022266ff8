using EcsWinReconciler.Aws.Errors;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>Runs one SDK call and translates its failure at the edge (<see cref="AwsErrorTranslator"/>, EC2's facts).</summary>
internal static class Ec2Call
{
    public static async Task<T> RunAsync<T>(
        string operation, string? resourceId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Ec2, operation, resourceId, cancellationToken) is { } failure)
        {
            throw failure.ToException();
        }
    }
}
