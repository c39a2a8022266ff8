using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>ECS answers as they come off the wire → the agent's facts and gMSA (issue 12's readiness and Active Directory checks).</summary>
public class EcsAgentAndGmsaMappingTests
{
    [Fact]
    public void ToContainerInstanceInfo_AgentFacts_ConnectedVersionAndAttributes()
    {
        var answer = JsonSerializer.Deserialize(
            """{"containerInstances":[{"containerInstanceArn":"arn:aws:ecs:us-east-1:1:container-instance/c/a","ec2InstanceId":"i-1","agentConnected":false,"versionInfo":{"agentVersion":"1.50.0","agentHash":"x"},"attributes":[{"name":"ecs.os-family","value":"WINDOWS_SERVER_2022_CORE"}]}]}""",
            EcsJsonContext.Default.DescribeContainerInstancesResponse)!;

        var info = EcsMapping.ToContainerInstanceInfo(answer.ContainerInstances![0])!;

        Assert.Equal((false, "1.50.0"), (info.AgentConnected, info.AgentVersion));
        Assert.Equal("WINDOWS_SERVER_2022_CORE", info.AttributeMap()["ecs.os-family"]);
    }

    [Fact]
    public void ToContainerInstanceInfo_NoVersionInfo_UnknownNotGuessed()
    {
        var info = EcsMapping.ToContainerInstanceInfo(new EcsContainerInstance { ContainerInstanceArn = "arn:ci" })!;

        Assert.Null(info.AgentConnected);
        Assert.Null(info.AgentVersion);
    }

    [Theory]
    [InlineData("""[{"name":"iis","credentialSpecs":["credentialspec:arn:aws:ssm:us-east-1:1:parameter/gmsa"]}]""", true)]
    [InlineData("""[{"name":"sidecar"},{"name":"iis","credentialSpecs":["credentialspecdomainless:arn:aws:s3:::b/k.json"]}]""", true)]
    [InlineData("""[{"name":"iis","credentialSpecs":[]}]""", false)]
    [InlineData("""[{"name":"iis","image":"mcr.microsoft.com/windows/servercore:ltsc2022"}]""", false)]
    public void ToTaskDefinitionInfo_CredentialSpecsOnAnyContainer_UsesGmsa(string containers, bool expected)
    {
        var answer = JsonSerializer.Deserialize(
            $$$"""{"taskDefinition":{"taskDefinitionArn":"arn:aws:ecs:us-east-1:1:task-definition/iis:3","family":"iis","revision":3,"networkMode":"awsvpc","containerDefinitions":{{{containers}}}}}""",
            EcsJsonContext.Default.DescribeTaskDefinitionResponse)!;

        Assert.Equal(expected, EcsMapping.ToTaskDefinitionInfo(answer.TaskDefinition!, "iis:3").UsesGmsa);
    }
}
