using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>A change and what the store did with it.</summary>
internal sealed record SpecApplied(SpecChange Change, SpecApplyResult Result);
