namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>One ListTasks page; <see cref="NextToken"/> is null on the last page.</summary>
public sealed record EcsTaskPage(IReadOnlyList<string> TaskArns, string? NextToken);
