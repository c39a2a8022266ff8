namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A Route 53 Resolver rule: FORWARD sends queries for <see cref="DomainName"/> and its subdomains to
/// <see cref="TargetIps"/> through an outbound endpoint; SYSTEM and RECURSIVE are the Resolver's own answers.
/// </summary>
public sealed record ResolverRule(
    string Id,
    string Arn,
    string DomainName,
    string RuleType,
    string Name,
    IReadOnlyList<ResolverTarget> TargetIps,
    string? ResolverEndpointId,
    string OwnerId,
    DateTimeOffset CreatedAt,
    string ShareStatus = "NOT_SHARED")
{
    public const string Forward = "FORWARD";
    public const string Recursive = "RECURSIVE";
    public const string InternetResolverId = "rslvr-autodefined-rr-internet-resolver";

    /// <summary>
    /// The rule every VPC is associated with from birth: "Internet Resolver", domain ".", RECURSIVE, owned by "Route 53
    /// Resolver" (as accounts show it in ListResolverRules; its ARN has no account).
    /// </summary>
    public static ResolverRule InternetResolver(string region, DateTimeOffset createdAt) => new(
        InternetResolverId, $"arn:aws:route53resolver:{region}::autodefined-rule/{InternetResolverId}", ".", Recursive,
        "Internet Resolver", [], null, "Route 53 Resolver", createdAt);
}

/// <summary>A FORWARD rule's target: an IPv4 address and port (53 unless told).</summary>
public sealed record ResolverTarget(string Ip, int Port = 53);
