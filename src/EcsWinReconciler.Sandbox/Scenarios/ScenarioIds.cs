namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The fixed ids of the scenarios' account (the sample spec uses them; the subnet and group ids are the README's).
/// Ids of things created as the account runs (task ENIs, tasks, rule ids) come from the seeded id source.
/// </summary>
public static class ScenarioIds
{
    public const string VpcId = "vpc-0c1d2e3f4a5b6c7d8";
    public const string VpcCidr = "10.0.0.0/16";
    public const string SubnetA = "subnet-0a1b2c3d4e5f60718";
    public const string SubnetB = "subnet-0b2c3d4e5f6071829";

    /// <summary>A subnet of the VPC (us-east-1a) the sample spec does not allow; the drifted fleet's service lists it first.</summary>
    public const string StraySubnet = "subnet-0c3d4e5f60718293a";
    /// <summary>The hub's zones; a world in another region has its own (<see cref="State.SandboxWorld.Zone"/>).</summary>
    public const string ZoneA = "us-east-1a";
    public const string ZoneB = "us-east-1b";

    /// <summary>The IIS tasks' group: port 80 from the ALB group only.</summary>
    public const string WebGroup = "sg-0123456789abcdef0";

    /// <summary>The load balancer's group, referenced by the web group's port-80 rule.</summary>
    public const string AlbGroup = "sg-0fedcba9876543210";

    /// <summary>The container hosts' own group (primary ENIs).</summary>
    public const string HostGroup = "sg-0a5b6c7d8e9f01234";
    public const string DefaultGroup = "sg-0d1e2f3a4b5c6d7e8";

    /// <summary>An old group the wrong-security-groups scenario adds to the service.</summary>
    public const string LegacyGroup = "sg-0aa11bb22cc33dd44";
    public const string LogRouterGroup = "sg-0cc33dd44ee55ff66";

    /// <summary>DHCP options with the AD domain controllers as DNS servers (what the sample spec wants).</summary>
    public const string AdDhcpOptions = "dopt-0a1b2c3d4e5f6a7b8";

    /// <summary>DHCP options with AmazonProvidedDNS only (used by dhcp-missing-ad-dns).</summary>
    public const string AmazonDnsDhcpOptions = "dopt-0b2c3d4e5f6a7b8c9";
    public const string DomainName = "corp.example.com";
    public const string DomainControllerA = "10.0.0.10";
    public const string DomainControllerB = "10.0.1.10";

    /// <summary>The ACL nacl-blocks-dns puts on both subnets: inbound ephemeral ports written for Linux (32768–60999).</summary>
    public const string LinuxEphemeralAcl = "acl-0e1f2a3b4c5d6e7f8";

    /// <summary>A shared-services VPC (10.1.0.0/16): resolver-rule-missing associates the forwarding rule with it, not with ours.</summary>
    public const string SharedServicesVpcId = "vpc-0d2e3f4a5b6c7d8e9";
    public const string SharedServicesVpcCidr = "10.1.0.0/16";

    /// <summary>The outbound Resolver endpoint's group (egress: the default allow-all).</summary>
    public const string ResolverGroup = "sg-0ee55ff66aa77bb88";
    public const string ResolverOutboundEndpoint = "rslvr-out-0a1b2c3d4e5f6a7b8";
    public const string ResolverForwardRule = "rslvr-rr-0b2c3d4e5f6a7b8c9";

    public const string ClusterName = "win-prod";
    public const string ServiceName = "iis-webserver";
    public const string Family = "iis-webserver";
    public const string LinuxFamily = "log-router";
    public const string LinuxServiceName = "log-router";

    public const string WindowsHostA = "i-0a1b2c3d4e5f60001";
    public const string WindowsHostB = "i-0a1b2c3d4e5f60002";
    public const string LinuxHost = "i-0a1b2c3d4e5f60003";
    public const string ContainerInstanceA = "0a1b2c3d4e5f60718293a4b5c6d7e801";
    public const string ContainerInstanceB = "0a1b2c3d4e5f60718293a4b5c6d7e802";
    public const string LinuxContainerInstance = "0a1b2c3d4e5f60718293a4b5c6d7e803";

    /// <summary>The ENI attached to host A by hand in eni-exhausted (ECS does not count it; the host does).</summary>
    public const string HandAttachedEni = "eni-0f1e2d3c4b5a69788";

    public const string WindowsInstanceType = "m5.large";
    public const string TopicName = "ecswin-reconciler-alerts";
    /// <summary>The hub's alert topic; a member world's has its own account and region (<see cref="State.SandboxWorld.SnsArn"/>).</summary>
    public const string TopicArn = "arn:aws:sns:us-east-1:111122223333:ecswin-reconciler-alerts";

    /// <summary>The stack's re-check queue (the delay queue the task-state function consumes); its URL below is the hub's.</summary>
    public const string RecheckQueueName = "ecswin-reconciler-rechecks";

    public const string RecheckQueueUrl = "https://sqs.us-east-1.amazonaws.com/111122223333/ecswin-reconciler-rechecks";
}
