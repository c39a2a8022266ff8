using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2ActuatorTests
{
    private const string GroupId = "sg-0web0000";
    private const string VpcId = "vpc-0a1b2c3d";

    private static readonly RevokeIngressRule Revoke = new(
        GroupId, "sgr-0123456789abcdef0", new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4)));

    [Fact]
    public async Task ExecuteAsync_Revoke_SendsTheRuleIdAndApplies()
    {
        await using var stub = Ec2Stub.Start().On("RevokeSecurityGroupIngress", "<return>true</return>");

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(Revoke, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        var fields = Assert.Single(stub.Calls("RevokeSecurityGroupIngress"));
        Assert.Equal(GroupId, fields["GroupId"]);
        Assert.Equal(["sgr-0123456789abcdef0"], fields.List("SecurityGroupRuleId"));
        Assert.DoesNotContain(fields.Keys, k => k.StartsWith("IpPermissions", StringComparison.Ordinal));
        Assert.False(fields.ContainsKey("DryRun") && fields["DryRun"] == "true");
        Assert.Equal("ec2", SigV4Authorization.Parse(stub.Requests[0].Header("Authorization"))?.Service);
    }

    [Fact]
    public async Task ExecuteAsync_RevokeReturnsFalse_Fails()
    {
        await using var stub = Ec2Stub.Start().On("RevokeSecurityGroupIngress", "<return>false</return>");

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(Revoke, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Failed, outcome.Result);
    }

    [Theory]
    [InlineData("tcp", "80-80", "0.0.0.0/0", "IpRanges.1.CidrIp", "80", "80")]
    [InlineData("udp", "5985-5986", "2001:db8::/32", "Ipv6Ranges.1.CidrIpv6", "5985", "5986")]
    [InlineData("-1", "all", "sg-0a1b0000", "Groups.1.GroupId", "-1", "-1")]
    [InlineData("icmp", "all", "pl-63a5400a", "PrefixListIds.1.PrefixListId", "-1", "-1")]
    public async Task ExecuteAsync_Authorize_SendsOneIpPermissionForTheSource(
        string protocol, string ports, string source, string sourceField, string fromPort, string toPort)
    {
        await using var stub = Ec2Stub.Start().On("AuthorizeSecurityGroupIngress",
            "<return>true</return><securityGroupRuleSet><item><securityGroupRuleId>sgr-0new</securityGroupRuleId><groupId>sg-0web0000</groupId></item></securityGroupRuleSet>");
        var permission = new IngressPermission(IpProtocol.Parse(protocol), PortRangeOf(ports), SourceOf(source));

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(new AuthorizeIngressRule(GroupId, permission), dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        Assert.Contains("sgr-0new", outcome.Detail, StringComparison.Ordinal);
        var fields = Assert.Single(stub.Calls("AuthorizeSecurityGroupIngress"));
        Assert.Equal(GroupId, fields["GroupId"]);
        Assert.Equal(protocol, fields["IpPermissions.1.IpProtocol"]);
        Assert.Equal((fromPort, toPort), (fields["IpPermissions.1.FromPort"], fields["IpPermissions.1.ToPort"]));
        Assert.Equal(source, fields[$"IpPermissions.1.{sourceField}"]);
        var description = fields[$"IpPermissions.1.{sourceField[..sourceField.LastIndexOf('.')]}.Description"];
        Assert.Contains("EcsWinReconciler", description, StringComparison.Ordinal);
        Assert.DoesNotContain("IpPermissions.2.IpProtocol", fields.Keys);
        Assert.Single(fields.Keys, k => k.EndsWith(".Description", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(VpcAttribute.EnableDnsSupport, "EnableDnsSupport.Value")]
    [InlineData(VpcAttribute.EnableDnsHostnames, "EnableDnsHostnames.Value")]
    public async Task ExecuteAsync_EnableVpcAttribute_TurnsOnOneAttributePerCall(VpcAttribute attribute, string field)
    {
        await using var stub = Ec2Stub.Start().On("ModifyVpcAttribute", string.Empty);

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(new EnableVpcAttribute(VpcId, attribute), dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        var fields = Assert.Single(stub.Calls("ModifyVpcAttribute"));
        Assert.Equal(VpcId, fields["VpcId"]);
        Assert.Equal("true", fields[field]);
        Assert.Equal(new HashSet<string> { "Action", "Version", "VpcId", field }, fields.Keys.ToHashSet());
    }

    [Fact]
    public async Task ExecuteAsync_DryRunAllowed_SendsDryRunAndWouldApply()
    {
        await using var stub = Ec2Stub.Start().On("RevokeSecurityGroupIngress", _ =>
            Ec2Wire.Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412));

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(Revoke, dryRun: true, CancellationToken.None);

        Assert.Equal(ActionResult.WouldApply, outcome.Result);
        Assert.Equal("true", Assert.Single(stub.Calls("RevokeSecurityGroupIngress"))["DryRun"]);
    }

    [Fact]
    public async Task ExecuteAsync_DryRunAuthorize_SendsDryRunAndWouldApply()
    {
        await using var stub = Ec2Stub.Start().On("AuthorizeSecurityGroupIngress", _ =>
            Ec2Wire.Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."));
        var action = new AuthorizeIngressRule(GroupId, new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup("sg-0a1b0000")));

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(action, dryRun: true, CancellationToken.None);

        Assert.Equal(ActionResult.WouldApply, outcome.Result);
        Assert.Equal("true", Assert.Single(stub.Calls("AuthorizeSecurityGroupIngress"))["DryRun"]);
    }

    [Fact]
    public async Task ExecuteAsync_DryRunWithoutPermission_FailsSayingThePermissionIsMissing()
    {
        await using var stub = Ec2Stub.Start().On("RevokeSecurityGroupIngress", _ =>
            Ec2Wire.Error("UnauthorizedOperation", "You are not authorized to perform this operation. Encoded authorization failure message: abc", 403));

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(Revoke, dryRun: true, CancellationToken.None);

        Assert.Equal(ActionResult.Failed, outcome.Result);
        Assert.Contains("permission missing", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("ec2:RevokeSecurityGroupIngress", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_DryRunVpcAttribute_SendsNothingBecauseModifyVpcAttributeHasNoDryRun()
    {
        await using var stub = Ec2Stub.Start();

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(new EnableVpcAttribute(VpcId, VpcAttribute.EnableDnsSupport), dryRun: true, CancellationToken.None);

        Assert.Equal(ActionResult.WouldApply, outcome.Result);
        Assert.Contains("not verified", outcome.Detail, StringComparison.Ordinal);
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("RevokeSecurityGroupIngress", "InvalidSecurityGroupRuleId.NotFound", ActionResult.AlreadyDone)]
    [InlineData("RevokeSecurityGroupIngress", "InvalidPermission.NotFound", ActionResult.AlreadyDone)]
    [InlineData("RevokeSecurityGroupIngress", "InvalidGroup.NotFound", ActionResult.ResourceGone)]
    [InlineData("AuthorizeSecurityGroupIngress", "InvalidPermission.Duplicate", ActionResult.AlreadyDone)]
    [InlineData("AuthorizeSecurityGroupIngress", "InvalidGroup.NotFound", ActionResult.ResourceGone)]
    [InlineData("AuthorizeSecurityGroupIngress", "UnauthorizedOperation", ActionResult.Failed)]
    [InlineData("ModifyVpcAttribute", "InvalidVpcID.NotFound", ActionResult.ResourceGone)]
    public async Task ExecuteAsync_ExpectedErrorCode_IsAnOutcome(string operation, string code, ActionResult expected)
    {
        await using var stub = Ec2Stub.Start().On(operation, _ => Ec2Wire.Error(code, $"{code} happened"));

        var outcome = await new Ec2Actuator(stub.Client).ExecuteAsync(ActionFor(operation), dryRun: false, CancellationToken.None);

        Assert.Equal(expected, outcome.Result);
    }

    [Fact]
    public async Task ExecuteAsync_UnexpectedError_ThrowsAdapterExceptionWithTheCode()
    {
        await using var stub = Ec2Stub.Start().On("AuthorizeSecurityGroupIngress", _ =>
            Ec2Wire.Error("RulesPerSecurityGroupLimitExceeded", "The maximum number of rules per security group has been reached."));

        var error = await Assert.ThrowsAsync<AdapterException>(() =>
            new Ec2Actuator(stub.Client).ExecuteAsync(ActionFor("AuthorizeSecurityGroupIngress"), dryRun: false, CancellationToken.None));

        Assert.Equal(("ec2", "AuthorizeSecurityGroupIngress", GroupId, "RulesPerSecurityGroupLimitExceeded", false),
            (error.Component, error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task ExecuteAsync_AfterRevoke_InvalidatesTheGroupInTheSharedCache()
    {
        await using var stub = Ec2Stub.Start()
            .On("RevokeSecurityGroupIngress", "<return>true</return>")
            .On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(GroupId, "web", VpcId)))
            .On("DescribeSecurityGroupRules", Ec2Xml.Rules());
        var cache = new Ec2ReadCache(new FakeTimeProvider());
        var observer = new Ec2NetworkObserver(stub.Client, cache);

        await observer.DescribeSecurityGroupsAsync([GroupId], CancellationToken.None);
        await new Ec2Actuator(stub.Client, cache).ExecuteAsync(Revoke, dryRun: false, CancellationToken.None);
        await observer.DescribeSecurityGroupsAsync([GroupId], CancellationToken.None);

        Assert.Equal(2, stub.Calls("DescribeSecurityGroupRules").Count);
    }

    [Fact]
    public async Task CanExecute_EcsActions_AreNotEc2Actions()
    {
        await using var stub = Ec2Stub.Start();
        var actuator = new Ec2Actuator(stub.Client);

        Assert.True(actuator.CanExecute(Revoke));
        Assert.True(actuator.CanExecute(new EnableVpcAttribute(VpcId, VpcAttribute.EnableDnsHostnames)));
        Assert.False(actuator.CanExecute(ReplaceTask.Create("arn:aws:ecs:us-east-1:1:cluster/c", "arn:aws:ecs:us-east-1:1:task/c/t", "drift")));
        Assert.False(actuator.CanExecute(new UpdateServiceNetwork("c", "s", ["subnet-0a1b2c3d"], [GroupId], false)));
    }

    [Fact]
    public async Task ExecuteAsync_EcsAction_RefusesWithoutCallingEc2()
    {
        await using var stub = Ec2Stub.Start();

        await Assert.ThrowsAsync<NotSupportedException>(() => new Ec2Actuator(stub.Client).ExecuteAsync(
            ReplaceTask.Create("arn:aws:ecs:us-east-1:1:cluster/c", "arn:aws:ecs:us-east-1:1:task/c/t", "drift"), dryRun: false, CancellationToken.None));
        Assert.Empty(stub.Requests);
    }

    private static RemediationAction ActionFor(string operation) => operation switch
    {
        "RevokeSecurityGroupIngress" => Revoke,
        "AuthorizeSecurityGroupIngress" => new AuthorizeIngressRule(GroupId, new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromCidr(Cidr.AnyIPv4))),
        _ => new EnableVpcAttribute(VpcId, VpcAttribute.EnableDnsSupport),
    };

    private static PortRange PortRangeOf(string text) => PortRange.TryParse(text, out var range, out _) ? range.Value : throw new FormatException(text);

    private static RuleSource SourceOf(string text) =>
        text.StartsWith("sg-", StringComparison.Ordinal) ? RuleSource.FromGroup(text)
        : text.StartsWith("pl-", StringComparison.Ordinal) ? RuleSource.FromPrefixList(text)
        : RuleSource.FromCidr(Cidr.Parse(text));
}
