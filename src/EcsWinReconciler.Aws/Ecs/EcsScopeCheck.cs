using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Whether a service or task is the reconciler's to change (<see cref="ManagedScope"/>): its cluster is listed, or it
/// carries the tag (read afresh, DescribeServices / DescribeTasks with TAGS). IAM judges StopTask on the task's own
/// tags, so a service's tag counts for its tasks only when ECS propagated it (propagateTags SERVICE).
/// </summary>
internal sealed class EcsScopeCheck(IEcsApi ecs, ManagedScope scope)
{
    public Task<string?> ServiceAsync(string clusterArn, string service, CancellationToken cancellationToken) =>
        CheckAsync($"service {service}", clusterArn, ct => ecs.DescribeServiceTagsAsync(clusterArn, service, ct), cancellationToken);

    public Task<string?> TaskAsync(string clusterArn, string taskArn, CancellationToken cancellationToken) =>
        CheckAsync($"task {taskArn[(taskArn.LastIndexOf('/') + 1)..]}", clusterArn, ct => ecs.DescribeTaskTagsAsync(clusterArn, taskArn, ct), cancellationToken);

    private async Task<string?> CheckAsync(
        string what, string clusterArn, Func<CancellationToken, Task<IReadOnlyDictionary<string, string>?>> tags, CancellationToken cancellationToken)
    {
        if (scope.ListsCluster(clusterArn))
        {
            return null;
        }

        // Unknown to ECS (stopped and gone): the action itself reports it.
        var found = await tags(cancellationToken).ConfigureAwait(false);
        return found is null || ManagedScope.IsTagged(found)
            ? null
            : $"{what} is not tagged {scope.Tag} and its cluster {AwsIds.ClusterName(clusterArn)} is not listed (ManagedClusterArns)";
    }
}
