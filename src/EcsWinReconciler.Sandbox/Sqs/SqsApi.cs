using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Sqs;

/// <summary>
/// The SQS operations the sandbox answers: the JSON protocol AWSSDK.SQS 4 and botocore speak (JSON 1.0,
/// <c>X-Amz-Target: AmazonSQS.Op</c>, SigV4 service <c>sqs</c>). What the re-check queue needs (SendMessage with
/// DelaySeconds) and what a local consumer needs to play Lambda's event source mapping (ReceiveMessage, DeleteMessage),
/// plus CreateQueue and GetQueueUrl. A queue is found by the last segment of its URL, so any host the caller's URL names works.
/// </summary>
internal static class SqsApi
{
    public const string TargetPrefix = "AmazonSQS.";

    /// <summary>SQS answers in JSON 1.0.</summary>
    public const string AmzJson10 = "application/x-amz-json-1.0";

    private static readonly FrozenDictionary<string, Func<JsonElement, SandboxWorld, JsonObject>> Operations =
        new Dictionary<string, Func<JsonElement, SandboxWorld, JsonObject>>(StringComparer.Ordinal)
        {
            ["SendMessage"] = SqsHandlers.SendMessage,
            ["ReceiveMessage"] = SqsHandlers.ReceiveMessage,
            ["DeleteMessage"] = SqsHandlers.DeleteMessage,
            ["CreateQueue"] = SqsHandlers.CreateQueue,
            ["GetQueueUrl"] = SqsHandlers.GetQueueUrl,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> OperationNames => Operations.Keys;

    public static ApiResponse Handle(string operation, byte[] body, SandboxState state)
    {
        if (!Operations.TryGetValue(operation, out var handler))
        {
            throw new ApiException("UnsupportedOperation", $"The sandbox does not serve SQS {operation}");
        }

        using var document = Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException("InvalidParameterValue", "The request body must be a JSON object");
        }

        var request = document.RootElement;
        var answer = state.Write(world => handler(request, world));
        return ApiResponse.Text(200, AmzJson10, answer.ToJsonString());
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException ex)
        {
            throw new ApiException("InvalidParameterValue", "The request body is not valid JSON: " + ex.Message);
        }
    }
}
