using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>One task's state as its batch moves through the stages. <see cref="Finished"/> set: it left the batch early (a duplicate event, a failure).</summary>
internal sealed class TaskContext(ReconcileTarget target)
{
    public ReconcileTarget Target { get; } = target;

    public ObservedTask? Task { get; set; }

    public TaskNetworkStatus? Previous { get; set; }

    /// <summary>True when <see cref="Previous"/> came from the run's listing of statuses (a sweep), not a read of the task's.</summary>
    public bool PreviousListed { get; set; }

    public StoredSpec? Spec { get; set; }

    public TaskDefinitionInfo? Definition { get; set; }

    public TaskPlatform? Platform { get; set; }

    /// <summary>The task's container instance as read (its agent's facts); null when it has none or it could not be read.</summary>
    public ContainerInstanceInfo? ContainerInstance { get; set; }

    /// <summary>The verdict reached without looking at the network (stopped, skipped, not yet running); null while the task is to be judged.</summary>
    public Judgement? VerdictWithoutNetwork { get; set; }

    public TaskObservation? Observation { get; set; }

    public Judgement? Judgement { get; set; }

    public Plan Plan { get; set; } = Plan.Nothing;

    public IReadOnlyDictionary<string, FindingDecision> Decisions { get; set; } = new Dictionary<string, FindingDecision>();

    public TaskOutcome? Finished { get; set; }

    /// <summary>Not judged yet: its ENI is not ready, and a re-check will look again (<see cref="RecheckPolicy.MayWaitForEni"/>).</summary>
    public bool WaitingForEni { get; set; }

    /// <summary>The roots this look wants looked at again soon, and why (<see cref="RecheckPolicy.Wanted"/>).</summary>
    public IReadOnlyList<(string Root, RecheckReason Reason)> Rechecks { get; set; } = [];

    /// <summary>Judged from stored facts that its ENI no longer bears out: not judged on them, but described and judged afresh.</summary>
    public bool FactsContradicted { get; set; }

    public bool NeedsInstanceAttributes => Finished is null && Definition is { OperatingSystemFamily: null or "" } && Task?.ContainerInstanceArn is not null;

    public bool NeedsObservation => Finished is null && VerdictWithoutNetwork is null && Spec is not null && Platform is not null;

    /// <summary>The judgement this task ends with: the network's, or the one reached without it.</summary>
    public Judgement? Verdict => Judgement ?? VerdictWithoutNetwork;

    public void Fail(string error) => Finished = TaskOutcome.Failed(Target.TaskArn, Spec?.Name, error);
}
