namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>ECS's Tag shape: the JSON keys are <c>key</c> and <c>value</c> (unlike <see cref="EcsKeyValue"/>'s name/value).</summary>
public sealed record EcsTag
{
    public string? Key { get; init; }

    public string? Value { get; init; }

    /// <summary>Tags as a map (a repeated key keeps its last value, as ECS would not hold two).</summary>
    public static IReadOnlyDictionary<string, string> ToMap(IReadOnlyList<EcsTag>? tags)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (tag.Key is { } key)
            {
                map[key] = tag.Value ?? string.Empty;
            }
        }

        return map;
    }
}
