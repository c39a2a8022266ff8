namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>What 'ewr reconcile' looks at: one task, one family's running tasks, or every running task of the cluster.</summary>
internal sealed record ReconcileScope(string Cluster, string? Family, string? TaskArn)
{
    public override string ToString() =>
        TaskArn is not null ? $"task {TaskArn}" : Family is not null ? $"cluster {Cluster}, family {Family}" : $"cluster {Cluster}";
}
