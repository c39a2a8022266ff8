using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// <c>spec apply</c> and <c>spec diff</c>: plan against what is stored (the set must stay free of selector ties),
/// then store each canonical document with the generation it was read at, so a concurrent apply is reported as a
/// conflict instead of being overwritten.
/// </summary>
internal sealed class SpecApplier(ISpecStore store)
{
    public async Task<SpecPlan> PlanAsync(SpecReadResult input, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var byName = stored.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var changes = input.Specs.Select(s => SpecChange.For(s, byName.GetValueOrDefault(s.Spec.Name))).ToEquatableArray();
        return new SpecPlan(changes, SpecSetValidator.ValidateApply(stored, input.Specs));
    }

    public async Task<IReadOnlyList<SpecApplied>> ApplyAsync(SpecPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.CanApply)
        {
            throw new InvalidOperationException("a plan with errors is never applied");
        }

        var applied = new List<SpecApplied>(plan.Changes.Count);
        foreach (var change in plan.Changes)
        {
            var result = await store.ApplyAsync(change.Incoming.Spec, change.Document, change.ExpectedGeneration, cancellationToken).ConfigureAwait(false);
            applied.Add(new SpecApplied(change, result));
        }

        return applied;
    }
}
