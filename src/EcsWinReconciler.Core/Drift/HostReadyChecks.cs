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

        if (Problems(instance, observed.DefinitionOsFamily) is not { } problems)
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

    /// <summary>What stops the host from running Windows awsvpc tasks; null when nothing does (a healthy host allocates no list).</summary>
    private static List<string>? Problems(ContainerInstanceInfo instance, string? definitionOs)
    {
        List<string>? problems = null;
        if (instance.AgentConnected == false)
        {
            (problems ??= []).Add("the ECS agent is disconnected");
        }

        if (instance.Attribute(TaskEniCapability) is null)
        {
            (problems ??= []).Add($"it does not advertise {TaskEniCapability}");
        }

        if (definitionOs is { Length: > 0 } wanted && instance.Attribute("ecs.os-family") is { } family && !string.Equals(family, wanted, StringComparison.OrdinalIgnoreCase))
        {
            (problems ??= []).Add($"its OS family is {family}, the task definition wants {wanted}");
        }

        if (instance.AgentVersion is { } text && Version.TryParse(text.AsSpan().TrimStart('v'), out var version) && version < MinimumAgent)
        {
            (problems ??= []).Add($"its agent is {text}, older than {MinimumAgent}");
        }

        return problems;
    }
}
