using System.Text.Json;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Admin.StateDump;

namespace EcsWinReconciler.Sandbox.Admin;

/// <summary>The ECS and SNS part of <see cref="StateDump"/>.</summary>
internal static class EcsDump
{
    public static void Write(Utf8JsonWriter json, SandboxWorld world)
    {
        Strings(json, "clusters", world.Clusters.Values.Select(c => c.Arn));
        Array(json, "containerInstances", world.ContainerInstances.Values, c =>
        {
            json.WriteString("arn", c.Arn);
            json.WriteString("ec2InstanceId", c.Ec2InstanceId);
            json.WriteString("osType", c.OsType);
            json.WriteString("osFamily", c.Attribute(ContainerInstance.OsFamilyAttribute));
        });
        Array(json, "taskDefinitions", world.TaskDefinitions.Values, d =>
        {
            json.WriteString("arn", d.Arn);
            json.WriteString("networkMode", d.NetworkMode);
            json.WriteString("operatingSystemFamily", d.OperatingSystemFamily);
        });
        Array(json, "services", world.Services.Values, s =>
        {
            json.WriteString("arn", s.Arn);
            json.WriteNumber("desiredCount", s.DesiredCount);
            json.WriteString("taskDefinition", s.TaskDefinitionArn);
            Strings(json, "subnets", s.NetworkConfiguration.Subnets);
            Strings(json, "securityGroups", s.NetworkConfiguration.SecurityGroups);
            Strings(json, "deployments", s.Deployments.Select(d => $"{d.Id} {d.Status} {d.RolloutState}"));
            json.WriteBoolean("rolloutStalled", s.RolloutStalled);
            Strings(json, "events", s.Events.Select(e => e.Message));
        });
        Array(json, "tasks", world.Tasks.Values, t =>
        {
            json.WriteString("arn", t.Arn);
            json.WriteString("group", t.Group);
            json.WriteString("lastStatus", t.LastStatus);
            json.WriteString("desiredStatus", t.DesiredStatus);
            json.WriteNumber("version", t.Version);
            json.WriteString("containerInstanceArn", t.ContainerInstanceArn);
            json.WriteString("networkInterfaceId", t.Eni?.NetworkInterfaceId);
            json.WriteString("stopCode", t.StopCode);
            json.WriteString("stoppedReason", t.StoppedReason);
        });
        Strings(json, "topics", world.Topics.Keys);
        json.WriteNumber("publishedMessages", world.Messages.Count);
        json.WriteNumber("events", world.Events.Count);
    }
}
