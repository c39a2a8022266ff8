using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Planning;

/// <summary>A finding that goes to an alert rather than (or until) being repaired, and why.</summary>
public sealed record AlertDecision(Finding Finding, string Reason);
