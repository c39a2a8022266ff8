using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>A container instance: its EC2 instance and the agent's attributes (<c>ecs.os-type</c>, <c>ecs.os-family</c>, …).</summary>
public sealed record ContainerInstanceInfo(string Arn, string? Ec2InstanceId, EquatableArray<KeyValuePair<string, string>> Attributes)
{
    public IReadOnlyDictionary<string, string> AttributeMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Attributes)
        {
            map[pair.Key] = pair.Value;
        }

        return map;
    }
}
