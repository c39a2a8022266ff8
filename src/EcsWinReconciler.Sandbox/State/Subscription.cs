namespace EcsWinReconciler.Sandbox.State;

/// <summary>An SNS subscription: who gets a topic's messages (confirmed, so its ARN is real, not PendingConfirmation).</summary>
public sealed record Subscription(string Arn, string TopicArn, string Protocol, string Endpoint);
