using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>
/// The ECS operations the sandbox answers: JSON 1.1, <c>X-Amz-Target: AmazonEC2ContainerServiceV20141113.Op</c>
/// (docs/FACTS.md §5.1).
/// </summary>
internal static class EcsApi
{
    public const string TargetPrefix = "AmazonEC2ContainerServiceV20141113.";

    private static readonly FrozenDictionary<string, Func<EcsRequest, JsonObject>> Operations =
        new Dictionary<string, Func<EcsRequest, JsonObject>>(StringComparer.Ordinal)
        {
            ["DescribeTasks"] = TaskReadHandlers.Describe,
            ["ListTasks"] = TaskReadHandlers.List,
            ["StopTask"] = TaskWriteHandlers.Stop,
            ["RunTask"] = TaskWriteHandlers.Run,
            ["DescribeTaskDefinition"] = TaskDefinitionHandlers.Describe,
            ["RegisterTaskDefinition"] = TaskDefinitionHandlers.Register,
            ["DescribeContainerInstances"] = ContainerInstanceHandlers.Describe,
            ["ListContainerInstances"] = ContainerInstanceHandlers.List,
            ["DescribeServices"] = ServiceHandlers.Describe,
            ["ListServices"] = ServiceHandlers.List,
            ["ListClusters"] = ClusterHandlers.List,
            ["DescribeClusters"] = ClusterHandlers.Describe,
            ["UpdateService"] = ServiceHandlers.Update,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> OperationNames => Operations.Keys;

    public static ApiResponse Handle(string operation, byte[] body, SandboxState state, LifecycleMode mode)
    {
        if (!Operations.TryGetValue(operation, out var handler))
        {
            throw new ApiException("UnknownOperationException", $"Unknown operation {operation}");
        }

        using var document = Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException("SerializationException", "The request body must be a JSON object");
        }

        var answer = handler(new EcsRequest(operation, document.RootElement, state, mode));
        return ApiResponse.Text(200, ApiResponse.AmzJson, answer.ToJsonString());
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException ex)
        {
            throw new ApiException("SerializationException", "The request body is not valid JSON: " + ex.Message);
        }
    }
}
