namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// What a platform team declares for one task family: the desired network of each of its tasks.
/// Built only by <c>SpecReader</c>, so every instance has passed validation.
/// </summary>
public sealed record TaskNetworkSpec(SpecMetadata Metadata, SpecBody Spec)
{
    public const string CurrentApiVersion = "ecswin.reconciler/v1";
    public const string SpecKind = "TaskNetworkSpec";

    public string Name => Metadata.Name;
}
