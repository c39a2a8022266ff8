using System.Globalization;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// ECS wire shapes to Core records. Missing optional fields become null or empty, never exceptions (details are
/// often missing in early task states); a shape without its identity (no task ARN) maps to null.
/// </summary>
public static class EcsMapping
{
    public static ObservedTask? ToObservedTask(EcsTask task, string cluster)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (string.IsNullOrEmpty(task.TaskArn) || string.IsNullOrEmpty(task.TaskDefinitionArn))
        {
            return null;
        }

        return new ObservedTask(
            task.TaskArn,
            task.ClusterArn ?? cluster,
            task.TaskDefinitionArn,
            task.Group,
            task.StartedBy,
            task.LastStatus ?? string.Empty,
            task.DesiredStatus ?? string.Empty,
            task.Version ?? 0,
            task.ContainerInstanceArn,
            task.LaunchType,
            (task.Attachments ?? []).Select(ToAttachment).ToEquatableArray());
    }

    public static TaskAttachment ToAttachment(EcsAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new TaskAttachment(attachment.Id ?? string.Empty, attachment.Type ?? string.Empty, attachment.Status, Pairs(attachment.Details, d => d.Name, d => d.Value));
    }

    /// <summary>Family and revision come from the answer, else from the ARN or <c>family:revision</c> asked for.</summary>
    public static TaskDefinitionInfo ToTaskDefinitionInfo(EcsTaskDefinition definition, string requested)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var arn = definition.TaskDefinitionArn ?? requested;
        var (family, revision) = SplitFamilyRevision(arn);
        return new TaskDefinitionInfo(arn, definition.Family ?? family, definition.Revision ?? revision ?? 0,
            definition.NetworkMode, definition.RuntimePlatform?.OperatingSystemFamily)
        {
            // gMSA is asked for per container; one container with a credential spec is enough to need the domain.
            UsesGmsa = (definition.ContainerDefinitions ?? []).Any(c => c.CredentialSpecs is { Count: > 0 }),
        };
    }

    public static ContainerInstanceInfo? ToContainerInstanceInfo(EcsContainerInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.IsNullOrEmpty(instance.ContainerInstanceArn)
            ? null
            : new ContainerInstanceInfo(instance.ContainerInstanceArn, instance.Ec2InstanceId, Pairs(instance.Attributes, a => a.Name, a => a.Value))
            {
                AgentConnected = instance.AgentConnected,
                AgentVersion = string.IsNullOrEmpty(instance.VersionInfo?.AgentVersion) ? null : instance.VersionInfo.AgentVersion,
            };
    }

    public static ObservedService ToObservedService(EcsService service, string cluster, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var network = service.NetworkConfiguration?.AwsvpcConfiguration;
        var deployments = service.Deployments ?? [];
        return new ObservedService(
            service.ServiceArn ?? string.Empty,
            service.ServiceName ?? serviceName,
            service.ClusterArn ?? cluster,
            (network?.Subnets ?? []).ToEquatableArray(),
            (network?.SecurityGroups ?? []).ToEquatableArray(),
            string.Equals(network?.AssignPublicIp, EcsAwsVpcConfiguration.Enabled, StringComparison.OrdinalIgnoreCase),
            IsDeploying(deployments))
        {
            Rollout = EcsRolloutMapping.ToRollout(deployments),
            RecentEvents = EcsRolloutMapping.RecentEvents(service.Events ?? []),
        };
    }

    /// <summary>A rollout is under way: a deployment says IN_PROGRESS, or an older one still runs beside the primary.</summary>
    private static bool IsDeploying(IReadOnlyList<EcsDeployment> deployments) =>
        deployments.Any(d => d.RolloutState == EcsDeployment.InProgress) ||
        deployments.Count(d => d.Status is EcsDeployment.Primary or EcsDeployment.ActiveStatus) > 1;

    /// <summary><c>…:task-definition/FAMILY:REVISION</c> or <c>FAMILY:REVISION</c> → (FAMILY, REVISION); no revision → null.</summary>
    public static (string Family, int? Revision) SplitFamilyRevision(string taskDefinition)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        var tail = taskDefinition[(taskDefinition.LastIndexOf('/') + 1)..];
        var colon = tail.LastIndexOf(':');
        return colon > 0 && int.TryParse(tail.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? (tail[..colon], revision)
            : (tail, null);
    }

    // Name/value pairs; a pair without a name means nothing and is left out, a missing value is "" (capability attributes have none).
    private static EquatableArray<KeyValuePair<string, string>> Pairs<T>(IEnumerable<T>? items, Func<T, string?> name, Func<T, string?> value) =>
        (items ?? [])
            .Where(i => !string.IsNullOrEmpty(name(i)))
            .Select(i => new KeyValuePair<string, string>(name(i)!, value(i) ?? string.Empty))
            .ToEquatableArray();
}
