using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Configuration;

/// <summary>
/// Counts the AWS API calls sent by the clients an <see cref="AwsClientFactory"/> builds (EC2, DynamoDB, ECS, SNS):
/// one per operation call, from the SDK pipeline's request event, which is raised once a call is marshalled and
/// before the pipeline's retries, so an SDK retry of a call is not counted again. Safe across threads.
/// </summary>
public sealed class AwsCallCounter
{
    private long _total;

    /// <summary>Calls sent since this counter was made; a caller takes the difference across the work it measures.</summary>
    public long Total => Interlocked.Read(ref _total);

    internal T Watch<T>(T client)
        where T : class
    {
        if (client is AmazonServiceClient sdkClient)
        {
            sdkClient.BeforeRequestEvent += (_, _) => Interlocked.Increment(ref _total);
        }

        return client;
    }
}
