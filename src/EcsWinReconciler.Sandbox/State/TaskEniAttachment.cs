namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// The task's ENI attachment. ECS lists it as type <c>ElasticNetworkInterface</c> in DescribeTasks and <c>eni</c>
/// in events; details are <c>{name, value}</c> pairs that appear as the task progresses (docs/FACTS.md §1.2).
/// </summary>
public sealed class TaskEniAttachment
{
    public required string Id { get; init; }

    public required string SubnetId { get; init; }

    public required IReadOnlyList<string> SecurityGroupIds { get; init; }

    public string Status { get; set; } = "PRECREATED";

    public string? NetworkInterfaceId { get; set; }

    public string? MacAddress { get; set; }

    public string? PrivateIpv4Address { get; set; }

    /// <summary>Only set when the VPC has both DNS attributes on (docs/FACTS.md §3.2).</summary>
    public string? PrivateDnsName { get; set; }

    /// <summary>The details ECS shows at this point, in ECS's order; missing ones are left out.</summary>
    public IEnumerable<KeyValuePair<string, string>> Details()
    {
        yield return new("subnetId", SubnetId);
        if (Status == "PRECREATED")
        {
            yield break;
        }

        foreach (var (name, value) in new[]
                 {
                     ("networkInterfaceId", NetworkInterfaceId), ("macAddress", MacAddress),
                     ("privateDnsName", PrivateDnsName), ("privateIPv4Address", PrivateIpv4Address),
                 })
        {
            if (value is not null)
            {
                yield return new(name, value);
            }
        }
    }
}
