using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// The rules of one list that could be read, where each came from, and whether that is all of them
/// (<see cref="Complete"/>). Incomplete sets still take part in the cross-checks, so every contradiction
/// between good rules is reported even when another rule is bad.
/// </summary>
internal sealed record RuleSet(IReadOnlyList<BoundRule> Rules, bool Complete, bool Defaulted = false)
{
    public EquatableArray<IngressRuleSpec> Specs => Rules.Select(r => r.Rule).ToEquatableArray();
}

/// <summary>A rule that was read, with its path and position for later messages.</summary>
internal sealed record BoundRule(IngressRuleSpec Rule, string Path, SourcePosition Position);
