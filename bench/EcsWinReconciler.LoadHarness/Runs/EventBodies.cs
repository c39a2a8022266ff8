using System.Text.Json.Nodes;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>The events the runs send: ECS task-state events from the sandbox (with a chosen version) and the resync schedule.</summary>
internal static class EventBodies
{
    public const string Schedule = """
        {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events",
         "account":"111122223333","time":"2026-11-25T12:15:00Z","region":"us-east-1",
         "resources":["arn:aws:events:us-east-1:111122223333:rule/ewr-ResyncFunctionSchedule-1A2B3C4D5E6F"],"detail":{}}
        """;

    /// <summary>The same event as ECS would send it for a later change of the task: only <c>detail.version</c> differs.</summary>
    public static string WithVersion(string json, long version)
    {
        var envelope = JsonNode.Parse(json)!;
        envelope["detail"]!["version"] = version;
        return envelope.ToJsonString();
    }
}
