using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Issue 12: the Resolver forwarding rule, the host's readiness for Windows awsvpc tasks, and subnet headroom.</summary>
public class ResolverHostSubnetChecksTests
{
    private static readonly string[] Dcs = ["10.0.0.10", "10.0.1.10"];

    private static TaskNetworkSpec AdSpec(int? minFreeIps = null)
    {
        var spec = IisSpec.Create();
        return spec with
        {
            Spec = spec.Spec with
            {
                ActiveDirectory = new ActiveDirectorySpec([.. Dcs]),
                Eni = spec.Spec.Eni! with { MinFreeIps = minFreeIps },
            },
        };
    }

    private static ObservedSecurityGroup EndpointGroup(params ObservedIngressRule[] egress) =>
        new("sg-0resolverout00001", "resolver-out", Ids.VpcId, []) { Egress = [.. egress] };

    private static ObservedIngressRule Out(IpProtocol protocol, int port, string cidr) =>
        new($"sgr-0{protocol}{port}", "sg-0resolverout00001", new IngressPermission(protocol, PortRange.Single(port), RuleSource.FromCidr(Cidr.Parse(cidr))));

    private static ResolverRuleObservation Rule(string domain, params string[] targets) =>
        new("rslvr-rr-0123456789", domain, ResolverRuleObservation.Forward, [.. targets], "rslvr-out-0123456789")
        {
            EndpointGroups = [EndpointGroup(Out(IpProtocol.Udp, 53, "10.0.0.0/16"), Out(IpProtocol.Tcp, 53, "10.0.0.0/16"))],
        };

    private static List<Finding> Findings(TaskNetworkSpec spec, TaskObservation observed, string check) =>
        [.. DriftEvaluator.Evaluate(spec, observed).Findings.Where(f => f.Check == check)];

    private static TaskObservation WithRules(params ResolverRuleObservation[] rules) => IisObservation.Healthy() with { ResolverRules = [.. rules] };

    [Fact]
    public void ResolverRule_ForwardingRuleForAParentToTheDcs_Passes() =>
        Assert.Empty(Findings(AdSpec(), WithRules(Rule("example.com.", Dcs)), CheckIds.DnsResolverRule));

    [Fact]
    public void ResolverRule_NoneAssociated_OneFindingOnTheVpc()
    {
        var finding = Assert.Single(Findings(AdSpec(), WithRules(), CheckIds.DnsResolverRule));

        Assert.Equal(FindingRoot.Vpc(Ids.VpcId), finding.Root);
        Assert.Contains("no Route 53 Resolver FORWARD rule for corp.example.com", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolverRule_TargetsAnotherServer_SaysWhichAreMissingAndWhichAreNot()
    {
        var finding = Assert.Single(Findings(AdSpec(), WithRules(Rule("corp.example.com", "10.0.0.10", "10.9.9.9")), CheckIds.DnsResolverRule));

        Assert.Contains("not to [10.0.1.10]", finding.Message, StringComparison.Ordinal);
        Assert.Contains("also to [10.9.9.9]", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>What the alert says, word for word: expected, actual, and the problem with the remedy.</summary>
    [Fact]
    public void ResolverRule_TargetsAnotherServer_TheFindingSaysExpectedActualAndWhatToDo()
    {
        var finding = Assert.Single(Findings(AdSpec(), WithRules(Rule("corp.example.com", "10.0.0.10", "10.9.9.9")), CheckIds.DnsResolverRule));

        Assert.Equal("a FORWARD rule for corp.example.com to [10.0.0.10, 10.0.1.10] through an endpoint that lets DNS out", finding.Expected);
        Assert.Equal("rslvr-rr-0123456789: corp.example.com → [10.0.0.10, 10.9.9.9]", finding.Actual);
        Assert.Equal(
            $"Tasks in {Ids.VpcId} use AmazonProvidedDNS but corp.example.com lives on domain controllers the DHCP options do not name: " +
            "rule rslvr-rr-0123456789 forwards corp.example.com to [10.0.0.10, 10.9.9.9], not to [10.0.1.10], and also to [10.9.9.9], " +
            "which are not the declared domain controllers. Create (or fix) an outbound Resolver endpoint and a forwarding rule for the domain, " +
            "and associate the rule with the VPC.",
            finding.Message);
    }

    /// <summary>Only what is wrong is said: a rule that misses a DC names the missing one only, one that adds a server names that only.</summary>
    [Theory]
    [InlineData(new[] { "10.0.0.10" }, "forwards corp.example.com to [10.0.0.10], not to [10.0.1.10].")]
    [InlineData(new[] { "10.0.0.10", "10.0.1.10", "10.9.9.9" }, "to [10.0.0.10, 10.0.1.10, 10.9.9.9], and also to [10.9.9.9], which are not the declared domain controllers.")]
    public void ResolverRule_MissingOrExtraTargetsOnly_SaysThatAlone(string[] targets, string said)
    {
        var finding = Assert.Single(Findings(AdSpec(), WithRules(Rule("corp.example.com", targets)), CheckIds.DnsResolverRule));

        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
        Assert.Equal(targets.Length == 1 ? 0 : 1, CountOf(finding.Message, "also to"));
        Assert.Equal(targets.Length == 1 ? 1 : 0, CountOf(finding.Message, "not to ["));
    }

    /// <summary>The most specific FORWARD rule answers for the domain, right or wrong; a SYSTEM rule forwards nothing.</summary>
    [Theory]
    [InlineData("example.com", "corp.example.com", false)]
    [InlineData("corp.example.com", "example.com", true)]
    public void ResolverRule_ParentAndDomainRules_TheMostSpecificIsJudged(string wrongDomain, string rightDomain, bool finds)
    {
        var wrong = Rule(wrongDomain, "10.9.9.9") with { RuleId = "rslvr-rr-wrong" };
        var right = Rule(rightDomain, Dcs) with { RuleId = "rslvr-rr-right" };

        var findings = Findings(AdSpec(), WithRules(wrong, right), CheckIds.DnsResolverRule);

        Assert.Equal(finds, findings.Count == 1);
    }

    [Fact]
    public void ResolverRule_OnlyASystemRuleForTheDomain_NoForwardingRule()
    {
        var system = Rule("corp.example.com", Dcs) with { RuleType = "SYSTEM" };

        var finding = Assert.Single(Findings(AdSpec(), WithRules(system), CheckIds.DnsResolverRule));

        Assert.Contains("no Route 53 Resolver FORWARD rule for corp.example.com", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The domain is the one the Active Directory section names; the DNS domain name only when it names none.</summary>
    [Theory]
    [InlineData("ad.example.org", "ad.example.org", false)]
    [InlineData("ad.example.org", "corp.example.com", true)]
    [InlineData(null, "corp.example.com", false)]
    public void ResolverRule_DomainOfTheDirectory_BeforeTheDnsDomainName(string? directoryDomain, string ruleDomain, bool finds)
    {
        var spec = AdSpec();
        spec = spec with { Spec = spec.Spec with { ActiveDirectory = spec.Spec.ActiveDirectory! with { Domain = directoryDomain } } };

        Assert.Equal(finds, Findings(spec, WithRules(Rule(ruleDomain, Dcs)), CheckIds.DnsResolverRule).Count == 1);
    }

    /// <summary>Without the endpoint's groups, or with any group whose egress could not be read, the endpoint is not judged (no false alert).</summary>
    [Fact]
    public void ResolverRule_EndpointEgressUnknown_NotJudged()
    {
        var noGroups = Rule("corp.example.com", Dcs) with { EndpointGroups = [] };
        var unread = Rule("corp.example.com", Dcs) with
        {
            EndpointGroups = [EndpointGroup(Out(IpProtocol.Udp, 53, "10.0.0.0/16")), EndpointGroup() with { Id = "sg-0resolverout00002", Egress = null }],
        };

        Assert.Empty(Findings(AdSpec(), WithRules(noGroups), CheckIds.DnsResolverRule));
        Assert.Empty(Findings(AdSpec(), WithRules(unread), CheckIds.DnsResolverRule));
    }

    /// <summary>The endpoint finding names the endpoint, its groups, the DNS service and the DC it cannot reach.</summary>
    [Fact]
    public void ResolverRule_EndpointGroupLetsOnlyUdpOut_SaysWhichServiceToWhichDc()
    {
        var udpOnly = Rule("corp.example.com", Dcs) with { EndpointGroups = [EndpointGroup(Out(IpProtocol.Udp, 53, "10.0.0.0/16"))] };

        var finding = Assert.Single(Findings(AdSpec(), WithRules(udpOnly), CheckIds.DnsResolverRule));

        Assert.Contains("the outbound endpoint rslvr-out-0123456789's groups [sg-0resolverout00001] do not let DNS (tcp 53) out to 10.0.0.10.", finding.Message, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void ResolverRule_EndpointGroupLetsOnlyUdpOut_Blocks()
    {
        var udpOnly = Rule("corp.example.com", Dcs) with { EndpointGroups = [EndpointGroup(Out(IpProtocol.Udp, 53, "10.0.0.0/16"))] };

        Assert.Contains("tcp 53", Assert.Single(Findings(AdSpec(), WithRules(udpOnly), CheckIds.DnsResolverRule)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolverRule_DhcpAlreadyGivesTheDcs_NotNeeded()
    {
        var observed = WithRules() with { Vpc = IisObservation.Vpc() with { Dhcp = new DhcpOptionsObservation(Ids.DhcpOptionsId, [.. Dcs], ["corp.example.com"]) } };

        Assert.Empty(Findings(AdSpec(), observed, CheckIds.DnsResolverRule));
    }

    [Theory]
    [InlineData("example.com", "corp.example.com", true)]
    [InlineData("corp.example.com.", "CORP.example.com", true)]
    [InlineData("ample.com", "corp.example.com", false)]
    [InlineData("corp.example.com", "example.com", false)]
    public void Covers_ParentDomainsOnly(string rule, string domain, bool covers) => Assert.Equal(covers, ResolverRuleChecks.Covers(rule, domain));

    [Fact]
    public void HostReady_OldAgentWithoutTaskEniAndAnotherOs_OneFindingListingAll()
    {
        var instance = new ContainerInstanceInfo(Ids.ContainerInstanceArn, Ids.InstanceId, [new("ecs.os-type", "windows"), new("ecs.os-family", "WINDOWS_SERVER_2019_CORE")])
        {
            AgentConnected = false,
            AgentVersion = "1.52.2",
        };
        var observed = IisObservation.Healthy() with { ContainerInstance = instance, DefinitionOsFamily = "WINDOWS_SERVER_2022_CORE" };

        var finding = Assert.Single(Findings(IisSpec.Create(), observed, CheckIds.HostAwsvpcReady));

        Assert.Equal(FindingRoot.Host(Ids.InstanceId), finding.Root);
        Assert.Contains("disconnected", finding.Actual, StringComparison.Ordinal);
        Assert.Contains("ecs.capability.task-eni", finding.Actual, StringComparison.Ordinal);
        Assert.Contains("WINDOWS_SERVER_2019_CORE", finding.Actual, StringComparison.Ordinal);
        Assert.Contains("1.52.2", finding.Actual, StringComparison.Ordinal);
        Assert.Equal("agent connected, ecs.capability.task-eni, matching OS family, agent ≥ 1.54.0", finding.Expected);
        Assert.Equal(
            "the ECS agent is disconnected; it does not advertise ecs.capability.task-eni; its OS family is WINDOWS_SERVER_2019_CORE, the task definition " +
            "wants WINDOWS_SERVER_2022_CORE; its agent is 1.52.2, older than 1.54.0",
            finding.Actual);
        Assert.Equal(
            $"Host {Ids.InstanceId} cannot run Windows awsvpc tasks as it should: {finding.Actual}. " +
            "Start the agent with Initialize-ECSAgent -EnableTaskENI on a current ECS-optimized Windows AMI, or replace the host.",
            finding.Message);
    }

    /// <summary>The oldest agent that runs Windows awsvpc tasks passes; the one before it does not.</summary>
    [Theory]
    [InlineData("1.54.0", false)]
    [InlineData("v1.54.0", false)]
    [InlineData("1.53.9", true)]
    public void HostReady_AgentAtTheMinimum_Passes(string agent, bool finds)
    {
        var instance = new ContainerInstanceInfo(Ids.ContainerInstanceArn, Ids.InstanceId, [new("ecs.os-type", "windows"), new(HostReadyChecks.TaskEniCapability, "")])
        {
            AgentConnected = true,
            AgentVersion = agent,
        };

        var findings = Findings(IisSpec.Create(), IisObservation.Healthy() with { ContainerInstance = instance }, CheckIds.HostAwsvpcReady);

        Assert.Equal(finds, findings.Count == 1);
    }

    [Fact]
    public void HostReady_CurrentAgentWithTaskEni_Passes()
    {
        var instance = new ContainerInstanceInfo(Ids.ContainerInstanceArn, Ids.InstanceId, [new("ecs.capability.task-eni", ""), new("ecs.os-family", "WINDOWS_SERVER_2022_CORE")])
        {
            AgentConnected = true,
            AgentVersion = "1.87.1",
        };

        Assert.Empty(Findings(IisSpec.Create(), IisObservation.Healthy() with { ContainerInstance = instance, DefinitionOsFamily = "WINDOWS_SERVER_2022_CORE" }, CheckIds.HostAwsvpcReady));
    }

    [Theory]
    [InlineData(null, 4, 3, true)]
    [InlineData(null, 4, 4, false)]
    [InlineData(10, 4, 9, true)]
    [InlineData(10, 4, 10, false)]
    public void SubnetCapacity_FreeBelowTheMinimum_FindingOnTheSubnet(int? minFreeIps, int desired, int free, bool finds)
    {
        var healthy = IisObservation.Healthy();
        var observed = healthy with
        {
            Service = healthy.Service! with { Rollout = new ServiceRollout("ecs-svc/1", ServiceRollout.Completed, null, DateTimeOffset.UnixEpoch, desired, desired, 0, 0) },
            Subnets = [new SubnetObservation(Ids.SubnetA, Ids.VpcId, null, free), new SubnetObservation(Ids.SubnetB, Ids.VpcId, null, 500)],
        };

        var findings = Findings(AdSpec(minFreeIps), observed, CheckIds.EniSubnetCapacity);

        Assert.Equal(finds, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(FindingRoot.Subnet(Ids.SubnetA), f.Root));
    }
}
