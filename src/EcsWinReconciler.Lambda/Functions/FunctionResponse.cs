using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>The invocation's result: counts only, never the event body.</summary>
internal sealed record FunctionResponse(
    [property: JsonPropertyName("function")] string Function,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("tasks")] int Tasks,
    [property: JsonPropertyName("judged")] int Judged,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("findings")] int Findings,
    [property: JsonPropertyName("actionsApplied")] int ActionsApplied,
    [property: JsonPropertyName("actionsDryRun")] int ActionsDryRun,
    [property: JsonPropertyName("alertsOpened")] int AlertsOpened,
    [property: JsonPropertyName("alertsResolved")] int AlertsResolved,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("rejectedRecords")] int RejectedRecords)
{
    public static FunctionResponse From(string function, FunctionOutcome outcome)
    {
        var summary = outcome.Summary;
        return new FunctionResponse(
            function,
            outcome.Status.ToString().ToLowerInvariant(),
            outcome.Reason,
            outcome.Subject,
            summary.TasksSeen,
            summary.Judged,
            summary.Failed,
            summary.Findings,
            summary.ActionsApplied,
            summary.ActionsDryRun,
            summary.AlertsOpened,
            summary.AlertsResolved,
            summary.Remaining.Count,
            outcome.RejectedEvents);
    }
}
