namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A Route 53 Resolver endpoint: OUTBOUND ones carry forwarded queries out of the VPC through their security groups (whose
/// egress must let DNS reach the targets) from one address per subnet.
/// </summary>
public sealed record ResolverEndpoint(
    string Id,
    string Arn,
    string Name,
    string Direction,
    IReadOnlyList<string> SecurityGroupIds,
    string HostVpcId,
    int IpAddressCount,
    DateTimeOffset CreatedAt,
    string Status = "OPERATIONAL")
{
    public const string Outbound = "OUTBOUND";
    public const string Inbound = "INBOUND";
}
