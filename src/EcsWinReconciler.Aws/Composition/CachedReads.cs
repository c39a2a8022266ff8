using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Ec2;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// <see cref="ICacheInvalidation"/> over what <see cref="AwsBackend"/> keeps that an event can make stale: the EC2 reads
/// and the spec list. Statuses, task definitions and container instances need no hook: the store writes its own
/// statuses through, and the others do not change under the same ARN.
/// </summary>
public sealed class CachedReads(Ec2ReadCache ec2, DynamoSpecStore specs) : ICacheInvalidation
{
    public void ForgetResources(IEnumerable<string> resourceIds) => ec2.Forget(resourceIds);

    public void ForgetSpecs() => specs.Forget();
}
