using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Planning;

/// <summary>
/// What each action says to a person (alerts, status, the ledger), the key concurrent reconciles claim it by (the same
/// change, the same key; another change, another key), and whether it fixes its root at once.
/// </summary>
public class RemediationActionTests
{
    private static readonly RevokeIngressRule Revoke = new(Ids.WebGroup, "sgr-0bbbbbbbbbbbbbbb2", IisSpec.RdpFromWorld.Permission);
    private static readonly AuthorizeIngressRule Authorize = new(Ids.WebGroup, IisSpec.HttpFromAlb.Permission);
    private static readonly EnableVpcAttribute Hostnames = new(Ids.VpcId, VpcAttribute.EnableDnsHostnames);

    private static UpdateServiceNetwork Update(bool publicIp = false, string group = Ids.WebGroup) =>
        new(Ids.ClusterArn, Ids.ServiceName, [Ids.SubnetA, Ids.SubnetB], [group], publicIp);

    public static TheoryData<RemediationAction, string> Descriptions => new()
    {
        { Revoke, "revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0" },
        { Authorize, "authorize tcp 80 from sg-0fedcba9876543210 on sg-0123456789abcdef0" },
        { Hostnames, "turn on EnableDnsHostnames on vpc-0a1b2c3d4e5f60718" },
        {
            Update(),
            "update service iis-webserver: subnets [subnet-0a1b2c3d4e5f60718, subnet-0b2c3d4e5f6071829], groups [sg-0123456789abcdef0], public IP DISABLED, new deployment"
        },
        { Update(publicIp: true), "update service iis-webserver: subnets [subnet-0a1b2c3d4e5f60718, subnet-0b2c3d4e5f6071829], groups [sg-0123456789abcdef0], public IP ENABLED, new deployment" },
        { ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, "drift"), "stop task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 so its service replaces it" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Describe_SaysWhatChangesWhere(RemediationAction action, string expected) => Assert.Equal(expected, action.Describe());

    [Fact]
    public void Key_TheSameChangePlannedTwice_IsTheSameKey()
    {
        Assert.Equal(Update().Key, Update().Key);
        Assert.Equal(new AuthorizeIngressRule(Ids.WebGroup, IisSpec.HttpFromAlb.Permission).Key, Authorize.Key);
        Assert.Equal(ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, "one reason").Key, ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, "another").Key);
    }

    [Fact]
    public void Key_DifferentChanges_AreDifferentKeys()
    {
        RemediationAction[] changes =
        [
            Revoke,
            Revoke with { RuleId = "sgr-0ccccccccccccccc3" },
            Authorize,
            Authorize with { GroupId = Ids.OtherGroup },
            Authorize with { Permission = IisSpec.RdpFromWorld.Permission },
            Hostnames,
            Hostnames with { Attribute = VpcAttribute.EnableDnsSupport },
            Update(),
            Update(publicIp: true),
            Update(group: Ids.OtherGroup),
            Update() with { ServiceName = "other-service" },
            ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, "drift"),
            ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn + "0", "drift"),
        ];

        Assert.Equal(changes.Length, changes.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void FixesRootAtOnce_RuleAndVpcEditsDo_ServiceUpdatesAndReplacementsOnlyStartTheRepair()
    {
        Assert.True(Revoke.FixesRootAtOnce);
        Assert.True(Authorize.FixesRootAtOnce);
        Assert.True(Hostnames.FixesRootAtOnce);
        Assert.False(Update().FixesRootAtOnce);
        Assert.False(ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, "drift").FixesRootAtOnce);
    }

    [Fact]
    public void ReplaceTask_ReasonOfExactlyTheEcsLimit_IsKeptWhole()
    {
        var reason = new string('r', ReplaceTask.MaxReasonLength);

        Assert.Equal(reason, ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, reason).Reason);
    }

    [Fact]
    public void ReplaceTask_ReasonOneOverTheEcsLimit_IsCutToTheLimitWithAnEllipsis()
    {
        var reason = new string('r', ReplaceTask.MaxReasonLength - 1) + "xy";

        var cut = ReplaceTask.Create(Ids.ClusterArn, Ids.TaskArn, reason).Reason;

        Assert.Equal(ReplaceTask.MaxReasonLength, cut.Length);
        Assert.Equal(new string('r', ReplaceTask.MaxReasonLength - 1) + "…", cut);
    }

    [Theory]
    [InlineData(ActionResult.Applied, true)]
    [InlineData(ActionResult.AlreadyDone, true)]
    [InlineData(ActionResult.ClaimedElsewhere, true)]
    [InlineData(ActionResult.WouldApply, false)]
    [InlineData(ActionResult.ResourceGone, false)]
    [InlineData(ActionResult.Failed, false)]
    [InlineData(ActionResult.BudgetExhausted, false)]
    public void ActionOutcome_Repairs_OnlyWhenTheChangeIsOrWillBeMade(ActionResult result, bool repairs) =>
        Assert.Equal(repairs, new ActionOutcome(result, "detail").Repairs);
}
