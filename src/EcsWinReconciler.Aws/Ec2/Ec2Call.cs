namespace EcsWinReconciler.Aws.Ec2;

/// <summary>Runs one SDK call and translates its failure at the edge (<see cref="Ec2Errors"/>).</summary>
internal static class Ec2Call
{
    public static async Task<T> RunAsync<T>(
        string operation, string? resourceId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (Ec2Errors.Translate(error, operation, resourceId, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }
}
