using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>What a spec's selector makes a sweep look at: a cluster's running tasks of one family, or of every family (<see cref="Family"/> null).</summary>
public sealed record Selection(string Cluster, string? Family)
{
    public static Selection Of(TaskSelector selector) => new(selector.Cluster, selector.IsClusterDefault ? null : selector.Family);

    public string ClusterName => Networking.AwsIds.ClusterName(Cluster);

    public override string ToString() => $"{ClusterName}/{Family ?? TaskSelector.AnyFamily}";
}
