using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>One task's state as a batch moves through the stages; <see cref="Outcome"/> set means it is finished.</summary>
internal sealed class TaskContext(ReconcileTarget target)
{
    public ReconcileTarget Target { get; } = target;

    public ObservedTask? Task { get; set; }

    public TaskNetworkStatus? Previous { get; set; }

    public StoredSpec? Spec { get; set; }

    public TaskDefinitionInfo? Definition { get; set; }

    public TaskPlatform? Platform { get; set; }

    public Judgement? Early { get; set; }

    public TaskOutcome? Outcome { get; set; }

    public bool NeedsInstanceAttributes => Outcome is null && Definition is { OperatingSystemFamily: null or "" } && Task?.ContainerInstanceArn is not null;

    public bool NeedsObservation => Outcome is null && Early is null && Spec is not null && Platform is not null;
}
