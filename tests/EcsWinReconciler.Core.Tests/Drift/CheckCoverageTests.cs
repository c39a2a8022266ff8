using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;
using static EcsWinReconciler.Core.Tests.Drift.DriftScenarios;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// Whether one task's fresh look covers a root cause, so that not finding it there means the root passes (and its alert
/// may resolve). Covering too much would resolve alerts whose drift is still there: every "no" matters as much as every "yes".
/// </summary>
public class CheckCoverageTests
{
    private static readonly FindingRoot WebRule = FindingRoot.Rule(Ids.WebGroup, "sgr-0bbbbbbbbbbbbbbb2");
    private static readonly FindingRoot HttpOnWeb = FindingRoot.GroupPermission(Ids.WebGroup, "tcp:80:sg-0fedcba9876543210");
    private static readonly FindingRoot Vpc = FindingRoot.Vpc(Ids.VpcId);
    private static readonly FindingRoot Dhcp = FindingRoot.Dhcp(Ids.DhcpOptionsId);
    private static readonly FindingRoot Host = FindingRoot.Host(Ids.InstanceId);

    private static bool Covers(string check, FindingRoot root, TaskObservation? observed = null, TaskNetworkSpec? spec = null) =>
        CheckCoverage.Covers(spec ?? Spec(), observed ?? Healthy, check, root);

    [Fact]
    public void Task_ItsOwnLookCoversIt_AnotherTasksDoesNot()
    {
        Assert.True(Covers(CheckIds.EniAttached, FindingRoot.Task(Ids.TaskArn)));
        Assert.False(Covers(CheckIds.EniAttached, FindingRoot.Task(Ids.TaskArn + "0")));
    }

    [Fact]
    public void Service_OnlyItsRolloutAndOnlyOnceTheServiceWasDescribed()
    {
        var service = FindingRoot.Service(Ids.ServiceArn);

        Assert.True(Covers(CheckIds.ServiceRolloutStuck, service));
        Assert.False(Covers(CheckIds.SecurityGroupSet, service));
        Assert.False(Covers(CheckIds.ServiceRolloutStuck, service, Healthy with { Service = null }));
        Assert.False(Covers(CheckIds.ServiceRolloutStuck, FindingRoot.Service(Ids.ServiceArn + "-other")));
    }

    [Fact]
    public void Rule_CoveredWhenItsGroupIsOnTheEniAndWasReadAndTheSpecForbidsSomething()
    {
        Assert.True(Covers(CheckIds.ForbiddenIngress, WebRule));
        Assert.False(Covers(CheckIds.RequiredIngress, WebRule));
        Assert.False(Covers(CheckIds.ForbiddenIngress, FindingRoot.Rule(Ids.OtherGroup, "sgr-1")));
        Assert.False(Covers(CheckIds.ForbiddenIngress, WebRule, Healthy with { SecurityGroups = [] }));
        Assert.False(Covers(CheckIds.ForbiddenIngress, WebRule, Healthy with { Eni = null }));
        Assert.False(Covers(CheckIds.ForbiddenIngress, WebRule, spec: Spec(b => b with { SecurityGroups = b.SecurityGroups! with { ForbiddenIngress = [] } })));
        Assert.False(Covers(CheckIds.ForbiddenIngress, WebRule, spec: Spec(b => b with { SecurityGroups = null })));
    }

    [Fact]
    public void GroupPermission_CoveredWhenTheSpecRequiresThatPermissionOnThatGroupAndTheEniWasSeen()
    {
        Assert.True(Covers(CheckIds.RequiredIngress, HttpOnWeb));
        Assert.False(Covers(CheckIds.ForbiddenIngress, HttpOnWeb));
        Assert.False(Covers(CheckIds.RequiredIngress, HttpOnWeb, Healthy with { Eni = null }));
        Assert.False(Covers(CheckIds.RequiredIngress, FindingRoot.GroupPermission(Ids.OtherGroup, "tcp:80:sg-0fedcba9876543210")));
        Assert.False(Covers(CheckIds.RequiredIngress, FindingRoot.GroupPermission(Ids.WebGroup, "tcp:443:sg-0fedcba9876543210")));
        Assert.False(Covers(CheckIds.RequiredIngress, HttpOnWeb, spec: Spec(b => b with { SecurityGroups = null })));
    }

    [Fact]
    public void GroupPermission_RuleWithoutAGroup_IsOnTheSpecsFirstGroup()
    {
        var spec = Spec(b => b with { SecurityGroups = b.SecurityGroups! with { Ids = [Ids.WebGroup, Ids.OtherGroup], RequiredIngress = [IisSpec.HttpFromAlb with { Group = null }] } });

        Assert.True(Covers(CheckIds.RequiredIngress, HttpOnWeb, spec: spec));
        Assert.False(Covers(CheckIds.RequiredIngress, FindingRoot.GroupPermission(Ids.OtherGroup, "tcp:80:sg-0fedcba9876543210"), spec: spec));
    }

    [Fact]
    public void GroupPermission_RuleWithoutAGroupWhenTheSpecNamesNone_IsOnNoGroup()
    {
        var spec = Spec(b => b with { SecurityGroups = b.SecurityGroups! with { Ids = [], RequiredIngress = [IisSpec.HttpFromAlb with { Group = null }] } });

        Assert.True(Covers(CheckIds.RequiredIngress, FindingRoot.GroupPermission("(no group)", "tcp:80:sg-0fedcba9876543210"), spec: spec));
        Assert.False(Covers(CheckIds.RequiredIngress, HttpOnWeb, spec: spec));
    }

    [Fact]
    public void Vpc_CoveredForTheAttributesTheSpecChecks_OnTheTasksVpc()
    {
        Assert.True(Covers(CheckIds.VpcDnsSupport, Vpc));
        Assert.True(Covers(CheckIds.VpcDnsHostnames, Vpc));
        Assert.False(Covers(CheckIds.DhcpDnsServers, Vpc));
        Assert.False(Covers(CheckIds.VpcDnsSupport, FindingRoot.Vpc("vpc-0other")));
        Assert.False(Covers(CheckIds.VpcDnsSupport, Vpc, Healthy with { Vpc = null }));
        Assert.False(Covers(CheckIds.VpcDnsSupport, Vpc, spec: Spec(b => b with { Dns = b.Dns! with { VpcDnsSupport = null } })));
        Assert.False(Covers(CheckIds.VpcDnsHostnames, Vpc, spec: Spec(b => b with { Dns = b.Dns! with { VpcDnsHostnames = null } })));
    }

    [Fact]
    public void Dhcp_CoveredForWhatTheSpecChecks_OnTheVpcsOptionSet()
    {
        Assert.True(Covers(CheckIds.DhcpDnsServers, Dhcp));
        Assert.True(Covers(CheckIds.DhcpDomainName, Dhcp));
        Assert.True(Covers(CheckIds.DhcpDomainNameMultiValue, Dhcp));
        Assert.False(Covers(CheckIds.VpcDnsSupport, Dhcp));
        Assert.False(Covers(CheckIds.DhcpDnsServers, FindingRoot.Dhcp("dopt-0other")));
        Assert.False(Covers(CheckIds.DhcpDnsServers, Dhcp, spec: Spec(b => b with { Dns = b.Dns! with { Servers = [] } })));
        Assert.False(Covers(CheckIds.DhcpDomainName, Dhcp, spec: Spec(b => b with { Dns = b.Dns! with { DomainName = null } })));
        Assert.False(Covers(CheckIds.DhcpDomainNameMultiValue, Dhcp, spec: Spec(b => b with { Dns = null })));
    }

    [Fact]
    public void Host_CoveredForCapacityOnTheTasksHost()
    {
        Assert.True(Covers(CheckIds.HostEniCapacity, Host));
        Assert.False(Covers(CheckIds.EniAttached, Host));
        Assert.False(Covers(CheckIds.HostEniCapacity, FindingRoot.Host("i-0other")));
        Assert.False(Covers(CheckIds.HostEniCapacity, Host, Healthy with { Host = null }));
    }
}
