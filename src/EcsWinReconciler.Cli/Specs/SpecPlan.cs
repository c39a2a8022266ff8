using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>What an apply would do, spec by spec, and the errors that stop it (a selector tie with a stored spec).</summary>
internal sealed record SpecPlan(EquatableArray<SpecChange> Changes, EquatableArray<SpecError> Errors)
{
    public bool CanApply => Errors.IsEmpty;

    public bool HasDifferences => Changes.Any(c => !c.IsUnchanged);
}
