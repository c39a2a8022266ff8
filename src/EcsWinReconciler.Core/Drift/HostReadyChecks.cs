using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// <c>host.awsvpc-ready</c>: the container instance can run Windows awsvpc tasks — its agent is connected, it advertises
/// <c>ecs.capability.task-eni</c> (the agent turns it off when it finds no VPC or was not started with -EnableTaskENI), its
/// <c>ecs.os-family</c> matches the task definition's runtimePlatform, and its agent is at least 1.54.0, the first with
/// task networking for Windows (docs/FACTS.md §6.6). Root: the host. Alert only.
/// </summary>
public static class HostReadyChecks
{
    public const string TaskEniCapability = "ecs.capability.task-eni";
    public static readonly Version MinimumAgent = new(1, 54, 0);

    internal static void Collect(TaskObservation observed, ref List<Finding>? findings)
    {
        if (observed.ContainerInstance is not { } instance)
        {
            return;
        }

        var problems = Problems(instance, observed.DefinitionOsFamily).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        var host = instance.Ec2InstanceId ?? instance.Arn;
        FindingList.Add(ref findings, FindingFactory.Shared(
            observed, CheckIds.HostAwsvpcReady, FindingRoot.Host(host), Severity.High,
            $"agent connected, {TaskEniCapability}, matching OS family, agent ≥ {MinimumAgent}",
            string.Join("; ", problems),
            $"Host {host} cannot run Windows awsvpc tasks as it should: {string.Join("; ", problems)}. " +
            "Start the agent with Initialize-ECSAgent -EnableTaskENI on a current ECS-optimized Windows AMI, or replace the host."));
    }

    private static IEnumerable<string> Problems(ContainerInstanceInfo instance, string? definitionOs)
    {
        var attributes = instance.AttributeMap();
        if (instance.AgentConnected == false)
        {
            yield return "the ECS agent is disconnected";
        }

        if (!attributes.ContainsKey(TaskEniCapability))
        {
            yield return $"it does not advertise {TaskEniCapability}";
        }

        if (definitionOs is { Length: > 0 } wanted && attributes.TryGetValue("ecs.os-family", out var family) && !string.Equals(family, wanted, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"its OS family is {family}, the task definition wants {wanted}";
        }

        if (instance.AgentVersion is { } text && Version.TryParse(text.TrimStart('v'), out var version) && version < MinimumAgent)
        {
            yield return $"its agent is {text}, older than {MinimumAgent}";
        }
    }
}
