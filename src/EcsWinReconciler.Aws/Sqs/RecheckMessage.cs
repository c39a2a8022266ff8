using System.Text.Json;
using System.Text.Json.Serialization;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.Sqs;

/// <summary>
/// A <see cref="RecheckRequest"/> as the body of its SQS message: written by <see cref="SqsRecheckQueue"/>, read by the
/// task-state function. <c>kind</c> tells it from anything else that lands on the queue; an unknown reason fails loudly.
/// </summary>
public static class RecheckMessage
{
    public const string Kind = "ecswin.recheck/v1";

    public static string Write(RecheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new RecheckMessageBody(Kind, request.Cluster, request.TaskArn, request.Root, request.Reason.ToString(), request.Attempt, request.Version, request.ObservedAt);
        return JsonSerializer.Serialize(body, RecheckMessageJsonContext.Default.RecheckMessageBody);
    }

    /// <summary>The request a message body carries; null (with why) when it is not one of ours.</summary>
    public static RecheckRequest? TryRead(string body, out string? problem)
    {
        problem = null;
        RecheckMessageBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body, RecheckMessageJsonContext.Default.RecheckMessageBody);
        }
        catch (JsonException ex)
        {
            problem = $"not JSON: {ex.Message}";
            return null;
        }

        if (parsed is not { Kind: Kind, Cluster.Length: > 0, TaskArn.Length: > 0, Root.Length: > 0 })
        {
            problem = $"not a {Kind} message";
            return null;
        }

        if (!Enum.TryParse<RecheckReason>(parsed.Reason, out var reason) || RecheckBackoff.DelayBefore(parsed.Attempt) is null)
        {
            problem = $"unknown reason {parsed.Reason} or attempt {parsed.Attempt}";
            return null;
        }

        return new RecheckRequest(parsed.Cluster, parsed.TaskArn, parsed.Root, reason, parsed.Attempt, parsed.Version, parsed.ObservedAt);
    }
}

internal sealed record RecheckMessageBody(
    string Kind, string Cluster, string TaskArn, string Root, string Reason, int Attempt, long Version, DateTimeOffset ObservedAt);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RecheckMessageBody))]
internal sealed partial class RecheckMessageJsonContext : JsonSerializerContext;
