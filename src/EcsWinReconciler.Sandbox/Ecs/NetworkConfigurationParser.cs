using System.Text.Json;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>
/// Reads and checks <c>networkConfiguration.awsvpcConfiguration</c>: 1–16 subnets, at most 5 groups, no public IP
/// on the EC2 launch type (docs/FACTS.md §3.1), every subnet and group known to EC2.
/// </summary>
internal static class NetworkConfigurationParser
{
    public static AwsVpcConfiguration? Parse(SandboxWorld world, JsonElement body)
    {
        if (!body.TryGetProperty("networkConfiguration", out var network) || network.ValueKind != JsonValueKind.Object ||
            !network.TryGetProperty("awsvpcConfiguration", out var awsvpc) || awsvpc.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var subnets = awsvpc.StringList("subnets") ?? [];
        var groups = awsvpc.StringList("securityGroups") ?? [];
        var publicIp = awsvpc.String("assignPublicIp") ?? "DISABLED";
        Check(subnets.Count is >= 1 and <= 16, "subnets can not be empty and can have at most 16 items.");
        Check(groups.Count <= 5, "securityGroups can have at most 5 items.");
        Check(publicIp is "ENABLED" or "DISABLED", $"Invalid value for assignPublicIp: {publicIp}");
        Check(publicIp == "DISABLED", "Assign public IP is not supported for this launch type.");
        foreach (var subnet in subnets.Where(s => !world.Subnets.ContainsKey(s)))
        {
            throw new ApiException("InvalidParameterException", $"Error retrieving subnet information for [{subnet}]: The subnet ID '{subnet}' does not exist");
        }

        foreach (var group in groups.Where(g => !world.SecurityGroups.ContainsKey(g)))
        {
            throw new ApiException("InvalidParameterException", $"Error retrieving security group information for [{group}]: The security group '{group}' does not exist");
        }

        return new AwsVpcConfiguration(subnets, groups.Count > 0 ? groups : DefaultGroup(world, subnets[0]), publicIp);
    }

    /// <summary>Without groups, the task ENI gets the VPC's default group.</summary>
    private static IReadOnlyList<string> DefaultGroup(SandboxWorld world, string subnetId)
    {
        var vpc = world.Subnets[subnetId].VpcId;
        return world.SecurityGroups.Values.Where(g => g.VpcId == vpc && g.Name == "default").Select(g => g.Id).Take(1).ToList();
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ApiException("InvalidParameterException", message);
        }
    }
}
