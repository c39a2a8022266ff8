using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>The AWS CLI v2 (botocore's parser, not ours) reads the sandbox's subnets, ACLs, routes, Resolver rules and agent facts.</summary>
public class AwsCliPathTests
{
    [AwsCliFact]
    public async Task DescribeNetworkAcls_NaclBlocksDns_CliReadsTheLinuxEphemeralEntry()
    {
        await using var host = await TestSandbox.StartAsync("nacl-blocks-dns");

        var answer = await RunAsync(host, "ec2", "describe-network-acls", "--filters", $"Name=association.subnet-id,Values={ScenarioIds.SubnetA}");

        var acl = answer.RootElement.GetProperty("NetworkAcls")[0];
        Assert.Equal(ScenarioIds.LinuxEphemeralAcl, acl.GetProperty("NetworkAclId").GetString());
        Assert.False(acl.GetProperty("IsDefault").GetBoolean());
        var entry = acl.GetProperty("Entries").EnumerateArray().Single(e => e.GetProperty("RuleNumber").GetInt32() == 110 && !e.GetProperty("Egress").GetBoolean());
        Assert.Equal((32768, 60999, "allow"), (entry.GetProperty("PortRange").GetProperty("From").GetInt32(), entry.GetProperty("PortRange").GetProperty("To").GetInt32(), entry.GetProperty("RuleAction").GetString()));
    }

    [AwsCliFact]
    public async Task DescribeRouteTablesAndSubnets_SubnetExhausted_CliReadsTheMainTableAndTheFreeCount()
    {
        await using var host = await TestSandbox.StartAsync("subnet-exhausted");

        var tables = await RunAsync(host, "ec2", "describe-route-tables", "--filters", $"Name=vpc-id,Values={ScenarioIds.VpcId}", "Name=association.main,Values=true");
        var subnets = await RunAsync(host, "ec2", "describe-subnets", "--subnet-ids", ScenarioIds.SubnetA);

        var route = tables.RootElement.GetProperty("RouteTables")[0].GetProperty("Routes")[0];
        Assert.Equal(("10.0.0.0/16", "local", "active"), (route.GetProperty("DestinationCidrBlock").GetString(), route.GetProperty("GatewayId").GetString(), route.GetProperty("State").GetString()));
        Assert.Equal(0, subnets.RootElement.GetProperty("Subnets")[0].GetProperty("AvailableIpAddressCount").GetInt32());
    }

    [AwsCliFact]
    public async Task Route53Resolver_ResolverRuleMissing_CliListsAssociationsAndReadsTheRuleAndEndpoint()
    {
        await using var host = await TestSandbox.StartAsync("resolver-rule-missing");

        var associations = await RunAsync(host, "route53resolver", "list-resolver-rule-associations", "--filters", $"Name=VPCId,Values={ScenarioIds.SharedServicesVpcId}");
        var rule = await RunAsync(host, "route53resolver", "get-resolver-rule", "--resolver-rule-id", ScenarioIds.ResolverForwardRule);
        var endpoint = await RunAsync(host, "route53resolver", "get-resolver-endpoint", "--resolver-endpoint-id", ScenarioIds.ResolverOutboundEndpoint);

        Assert.Contains(associations.RootElement.GetProperty("ResolverRuleAssociations").EnumerateArray(), a => a.GetProperty("ResolverRuleId").GetString() == ScenarioIds.ResolverForwardRule);
        Assert.Equal(ScenarioIds.DomainControllerA, rule.RootElement.GetProperty("ResolverRule").GetProperty("TargetIps")[0].GetProperty("Ip").GetString());
        Assert.Equal(ScenarioIds.ResolverGroup, endpoint.RootElement.GetProperty("ResolverEndpoint").GetProperty("SecurityGroupIds")[0].GetString());
    }

    [AwsCliFact]
    public async Task DescribeContainerInstances_AgentNotAwsvpcReady_CliReadsTheDisconnectedAgentAndItsVersion()
    {
        await using var host = await TestSandbox.StartAsync("agent-not-awsvpc-ready");

        var answer = await RunAsync(host, "ecs", "describe-container-instances", "--cluster", ScenarioIds.ClusterName, "--container-instances", ScenarioIds.ContainerInstanceA);

        var instance = answer.RootElement.GetProperty("containerInstances")[0];
        Assert.False(instance.GetProperty("agentConnected").GetBoolean());
        Assert.Equal("1.87.1", instance.GetProperty("versionInfo").GetProperty("agentVersion").GetString());
    }

    private static async Task<JsonDocument> RunAsync(Sandbox.Hosting.SandboxHost host, params string[] arguments)
    {
        var (exitCode, output, errors) = await AwsCli.RunAsync(host, arguments);
        Assert.True(exitCode == 0, $"aws {string.Join(' ', arguments)} exited with {exitCode}: {errors}");
        return JsonDocument.Parse(output);
    }
}
