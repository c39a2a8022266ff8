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

    /// <summary>
    /// The path edits of issue 12, with requestParameters as CloudTrail records EC2's Query parameters (lowerCamelCase; the
    /// exact set per call is inferred from the API's parameter names, not captured from a trail).
    /// </summary>
    [Theory]
    [InlineData("ReplaceNetworkAclEntry", """{"networkAclId":"acl-0e1f2a3b4c5d6e7f8","ruleNumber":110,"egress":false,"ruleAction":"allow","aclProtocol":"6","cidrBlock":"0.0.0.0/0","portRange":{"from":49152,"to":65535}}""", "acl-0e1f2a3b4c5d6e7f8")]
    [InlineData("CreateNetworkAclEntry", """{"networkAclId":"acl-0e1f2a3b4c5d6e7f8","ruleNumber":130,"egress":false,"ruleAction":"allow","aclProtocol":"17","cidrBlock":"10.0.0.0/16","portRange":{"from":49152,"to":65535}}""", "acl-0e1f2a3b4c5d6e7f8")]
    [InlineData("DeleteNetworkAclEntry", """{"networkAclId":"acl-0e1f2a3b4c5d6e7f8","ruleNumber":120,"egress":false}""", "acl-0e1f2a3b4c5d6e7f8")]
    [InlineData("ReplaceNetworkAclAssociation", """{"associationId":"aclassoc-0a1b2c3d4e5f60718","networkAclId":"acl-0c1d2e3f4a5b6c7d8"}""", "acl-0c1d2e3f4a5b6c7d8,aclassoc-0a1b2c3d4e5f60718")]
    [InlineData("CreateRoute", """{"routeTableId":"rtb-0c1d2e3f4a5b6c7d8","destinationCidrBlock":"10.50.0.0/16","transitGatewayId":"tgw-0123456789abcdef0"}""", "rtb-0c1d2e3f4a5b6c7d8")]
    [InlineData("ReplaceRoute", """{"routeTableId":"rtb-0c1d2e3f4a5b6c7d8","destinationCidrBlock":"10.50.0.0/16","vpcPeeringConnectionId":"pcx-0123456789abcdef0"}""", "rtb-0c1d2e3f4a5b6c7d8")]
    [InlineData("DeleteRoute", """{"routeTableId":"rtb-0c1d2e3f4a5b6c7d8","destinationCidrBlock":"10.50.0.0/16"}""", "rtb-0c1d2e3f4a5b6c7d8")]
    [InlineData("AssociateRouteTable", """{"routeTableId":"rtb-0aaaabbbbccccdddd","subnetId":"subnet-0a1b2c3d4e5f60718"}""", "rtb-0aaaabbbbccccdddd,subnet-0a1b2c3d4e5f60718")]
    [InlineData("ReplaceRouteTableAssociation", """{"associationId":"rtbassoc-0a1b2c3d4e5f60718","routeTableId":"rtb-0aaaabbbbccccdddd"}""", "rtb-0aaaabbbbccccdddd,rtbassoc-0a1b2c3d4e5f60718")]
    [InlineData("DisassociateRouteTable", """{"associationId":"rtbassoc-0a1b2c3d4e5f60718"}""", "rtbassoc-0a1b2c3d4e5f60718")]
    [InlineData("RevokeSecurityGroupEgress", """{"groupId":"sg-0123456789abcdef0","ipPermissions":{"items":[{"ipProtocol":"-1","ipRanges":{"items":[{"cidrIp":"0.0.0.0/0"}]}}]}}""", "sg-0123456789abcdef0")]
    public void ToApiChange_PathEdit_WatchedAndNamesTheAclTableSubnetOrAssociation(string eventName, string request, string resources)
    {
        var change = Map(WithRequest(eventName, request)).Value!;

        Assert.Contains(eventName, WatchedApiCalls.All);
        Assert.Equal(resources.Split(','), change.Resources.Order(StringComparer.Ordinal));
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
