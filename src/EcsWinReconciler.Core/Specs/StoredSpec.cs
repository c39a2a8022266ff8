namespace EcsWinReconciler.Core.Specs;

/// <summary>A spec as the store holds it: its <see cref="Generation"/> grows by one on every change.</summary>
public sealed record StoredSpec(TaskNetworkSpec Spec, long Generation, string Document)
{
    public string Name => Spec.Name;
}
