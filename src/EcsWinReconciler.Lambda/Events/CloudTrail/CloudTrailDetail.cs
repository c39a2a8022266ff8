using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.CloudTrail;

/// <summary>
/// The <c>detail</c> of "AWS API Call via CloudTrail": which call, whether it failed (<c>errorCode</c>), and its
/// parameters, kept as JSON because their shape differs per call (EC2 nests lists as <c>{"items":[…]}</c>).
/// </summary>
internal sealed class CloudTrailDetail
{
    [JsonPropertyName("eventID")]
    public string? EventId { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    [JsonPropertyName("eventTime")]
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>Set when the call failed (e.g. <c>Client.UnauthorizedOperation</c>): nothing changed, nothing to reconcile.</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("requestParameters")]
    public JsonElement? RequestParameters { get; init; }

    [JsonPropertyName("responseElements")]
    public JsonElement? ResponseElements { get; init; }
}
