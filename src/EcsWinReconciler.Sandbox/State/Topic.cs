namespace EcsWinReconciler.Sandbox.State;

/// <summary>An SNS topic.</summary>
public sealed record Topic(string Name, string Arn);
