namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// An EventBridge "ECS Task State Change" event as ECS would emit it (docs/FACTS.md §1.1, §1.5): <see cref="Json"/> is the
/// whole envelope; the other members repeat what consumers most often pick from it.
/// </summary>
public sealed record TaskStateChangeEvent(
    long Sequence,
    string Id,
    string TaskArn,
    string LastStatus,
    string DesiredStatus,
    long Version,
    DateTimeOffset Time,
    string Json);
