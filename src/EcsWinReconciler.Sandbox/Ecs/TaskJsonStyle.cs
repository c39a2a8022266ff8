namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>
/// The two ways ECS shows a task: the DescribeTasks API (epoch-second timestamps, attachment type
/// <c>ElasticNetworkInterface</c>) and the EventBridge event (ISO timestamps, type <c>eni</c>, plus
/// <c>updatedAt</c>) — docs/FACTS.md §1.1.
/// </summary>
internal enum TaskJsonStyle
{
    Api,
    Event,
}
