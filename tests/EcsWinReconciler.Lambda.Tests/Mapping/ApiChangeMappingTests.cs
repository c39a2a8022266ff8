using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Mapping;

public sealed class ApiChangeMappingTests
{
    [Fact]
    public void ToApiChange_SampleAuthorize_NamesTheWebGroupOnly()
    {
        var change = Map(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp)).Value!;

        Assert.Equal(WatchedApiCalls.AuthorizeSecurityGroupIngress, change.EventName);
        Assert.False(change.Failed);
        Assert.Equal([Ids.WebGroup], change.Resources);
        Assert.True(change.OnlySecurityGroups);
    }

    [Fact]
    public void ToApiChange_RuleReferencingAnotherGroup_DoesNotNameThatGroup()
    {
        var change = Map(WithRequest("AuthorizeSecurityGroupIngress",
            """{"groupId":"sg-0123456789abcdef0","ipPermissions":{"items":[{"ipProtocol":"tcp","fromPort":80,"toPort":80,"groups":{"items":[{"groupId":"sg-0fedcba9876543210"}]}}]}}""")).Value!;

        Assert.Equal([Ids.WebGroup], change.Resources);
    }

    [Fact]
    public void ToApiChange_ModifySecurityGroupRules_ReadsTheWrappedRequest()
    {
        var change = Map(WithRequest("ModifySecurityGroupRules",
            """{"ModifySecurityGroupRulesRequest":{"GroupId":"sg-0123456789abcdef0","SecurityGroupRule":{"SecurityGroupRuleId":"sgr-0aaaaaaaaaaaaaaa1","SecurityGroupRule":{"IpProtocol":"tcp","FromPort":3389,"ToPort":3389,"CidrIpv4":"0.0.0.0/0"},"tag":1}}}""")).Value!;

        Assert.Equal([Ids.WebGroup], change.Resources);
    }

    [Fact]
    public void ToApiChange_AuthorizeByGroupName_TakesTheGroupIdFromTheResponse()
    {
        var json = WithRequest("AuthorizeSecurityGroupIngress", """{"groupName":"default","ipPermissions":{"items":[]}}""");
        json = EventEdits.Set(json, "detail.responseElements", JsonNode.Parse("""{"_return":true,"securityGroupRuleSet":{"items":[{"groupId":"sg-0aaaabbbbccccdddd","securityGroupRuleId":"sgr-1"}]}}"""));

        Assert.Equal([Ids.OtherGroup], Map(json).Value!.Resources);
    }

    [Fact]
    public void ToApiChange_ModifyNetworkInterfaceAttribute_NamesTheEniAndItsNewGroups()
    {
        var change = Map(WithRequest("ModifyNetworkInterfaceAttribute",
            """{"networkInterfaceId":"eni-0def1234abc567890","groupSet":{"items":[{"groupId":"sg-0123456789abcdef0"},{"groupId":"sg-0aaaabbbbccccdddd"}]}}""")).Value!;

        Assert.Equal([Ids.EniId, Ids.WebGroup, Ids.OtherGroup], change.Resources);
        Assert.False(change.OnlySecurityGroups);
        Assert.Equal([Ids.WebGroup, Ids.OtherGroup], change.SecurityGroups);
    }

    [Fact]
    public void ToApiChange_ModifyVpcAttribute_NamesTheVpc()
    {
        Assert.Equal([Ids.VpcId], Map(WithRequest("ModifyVpcAttribute", """{"vpcId":"vpc-0a1b2c3d4e5f60718","enableDnsHostnames":{"value":false}}""")).Value!.Resources);
    }

    [Fact]
    public void ToApiChange_AssociateDhcpOptions_NamesTheVpcAndTheOptions()
    {
        var change = Map(WithRequest("AssociateDhcpOptions", """{"dhcpOptionsId":"dopt-0a1b2c3d4e5f60718","vpcId":"vpc-0a1b2c3d4e5f60718"}""")).Value!;

        Assert.Equal([Ids.VpcId, Ids.DhcpOptionsId], change.Resources);
    }

    [Fact]
    public void ToApiChange_FailedCall_IsMarkedFailed()
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.errorCode", "Client.UnauthorizedOperation");

        Assert.True(Map(json).Value!.Failed);
    }

    [Fact]
    public void ToApiChange_NullRequestParameters_StillReadsTheResponse()
    {
        var change = Map(EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.requestParameters", null));

        Assert.True(change.IsOk, change.Problem);
        Assert.Equal(["sg-0123456789abcdef0"], change.Value.Resources);
    }

    [Fact]
    public void ToApiChange_NotAnEc2Call_IsAProblem()
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.eventSource", "iam.amazonaws.com");

        Assert.False(Map(json).IsOk);
    }

    [Fact]
    public void ToApiChange_AnotherDetailType_IsAProblem()
    {
        Assert.False(Map(SampleEvents.Text(SampleEvents.ResyncSchedule)).IsOk);
    }

    private static string WithRequest(string eventName, string requestParameters)
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.eventName", eventName);
        json = EventEdits.Set(json, "detail.requestParameters", JsonNode.Parse(requestParameters));
        return EventEdits.Set(json, "detail.responseElements", null);
    }

    private static Parsed<ApiChange> Map(string json)
    {
        var envelope = EventJson.Read(SampleEvents.Utf8(json), EventJsonContext.Default.EventBridgeEventCloudTrailDetail, "event");
        Assert.True(envelope.IsOk, envelope.Problem);
        return ApiChangeMapping.ToApiChange(envelope.Value);
    }
}
