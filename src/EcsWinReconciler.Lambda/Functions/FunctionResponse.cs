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
    /// <summary>An SQS batch's messages to deliver again; absent for other events (Lambda reads it with ReportBatchItemFailures).</summary>
    [JsonPropertyName("batchItemFailures")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BatchItemFailure>? BatchItemFailures { get; init; }

    [JsonPropertyName("rechecksScheduled")]
    public int RechecksScheduled { get; init; }

    /// <summary>Re-checks the run could not send (see RunSummary.RechecksNotScheduled).</summary>
    [JsonPropertyName("rechecksNotScheduled")]
    public int RechecksNotScheduled { get; init; }

    [JsonPropertyName("rechecksDropped")]
    public int RechecksDropped { get; init; }

    /// <summary>The member places the run could not reconcile, each "account/region: why"; absent when none failed.</summary>
    [JsonPropertyName("failedPlaces")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? FailedPlaces { get; init; }

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
            outcome.RejectedEvents)
        {
            BatchItemFailures = outcome.RetryMessages?.Select(id => new BatchItemFailure(id)).ToList(),
            RechecksScheduled = summary.RechecksScheduled,
            RechecksNotScheduled = summary.RechecksNotScheduled,
            RechecksDropped = outcome.RechecksDropped,
            FailedPlaces = outcome.FailedPlaces.Count == 0 ? null : outcome.FailedPlaces,
        };
    }
}

/// <summary>One message of an SQS batch to deliver again.</summary>
internal sealed record BatchItemFailure([property: JsonPropertyName("itemIdentifier")] string ItemIdentifier);
