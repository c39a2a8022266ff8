using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.Ecs;

/// <summary>ECS's "KeyValuePair" shape, whose JSON keys are <c>name</c> and <c>value</c> (docs/FACTS.md §1.2).</summary>
internal sealed class EcsNameValue
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
