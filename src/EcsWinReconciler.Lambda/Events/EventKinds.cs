namespace EcsWinReconciler.Lambda.Events;

/// <summary>The <c>source</c> / <c>detail-type</c> values of the events the functions accept (template.yaml's rules match the same).</summary>
internal static class EventKinds
{
    public const string EcsSource = "aws.ecs";
    public const string TaskStateChange = "ECS Task State Change";

    public const string Ec2Source = "aws.ec2";
    public const string CloudTrailApiCall = "AWS API Call via CloudTrail";
    public const string Ec2EventSource = "ec2.amazonaws.com";

    public const string SchedulerSource = "aws.events";
    public const string ScheduledEvent = "Scheduled Event";

    public const string DynamoDbEventSource = "aws:dynamodb";
}
