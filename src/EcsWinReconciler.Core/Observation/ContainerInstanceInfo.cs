using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>A container instance: its EC2 instance and the agent's attributes (<c>ecs.os-type</c>, <c>ecs.os-family</c>, …).</summary>
public sealed record ContainerInstanceInfo(string Arn, string? Ec2InstanceId, EquatableArray<KeyValuePair<string, string>> Attributes)
{
    /// <summary>Whether the ECS agent is connected (DescribeContainerInstances <c>agentConnected</c>); null when not reported.</summary>
    public bool? AgentConnected { get; init; }

    /// <summary>The agent's version (<c>versionInfo.agentVersion</c>, e.g. <c>1.87.0</c>); null when not reported.</summary>
    public string? AgentVersion { get; init; }

    /// <summary>One attribute's value (an attribute without a value reads as empty); null when the agent does not report it.</summary>
    public string? Attribute(string name)
    {
        foreach (var pair in Attributes)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value ?? string.Empty;
            }
        }

        return null;
    }

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
