namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>Which tasks a spec governs.</summary>
internal static class SelectorShape
{
    public static Field<ScalarShape<string>> Cluster { get; } = new(
        "cluster", SpecScalars.Cluster, "The ECS cluster name (not its ARN).") { Required = true };

    public static Field<ScalarShape<string>> Family { get; } = new(
        "family", SpecScalars.Family, "The task definition family, or \"*\" for every family of the cluster (an exact family wins).") { Required = true };

    public static Field<ScalarShape<string>> Account { get; } = new(
        "account", SpecScalars.AccountId, "The member account the cluster is in (a hub watching members); the hub's own when absent.");

    public static Field<ScalarShape<string>> Region { get; } = new(
        "region", SpecScalars.Region, "The region the cluster is in; the hub's own when absent.");

    public static ObjectShape Object { get; } = new("a selector (cluster and family)", Cluster, Family, Account, Region);
}
