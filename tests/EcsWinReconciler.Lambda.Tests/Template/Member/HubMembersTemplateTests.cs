using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Template.Scope;

namespace EcsWinReconciler.Lambda.Tests.Template.Member;

/// <summary>
/// template.yaml's side of hub and members: with no members nothing is added (a single-account stack is as before); with
/// member accounts or an organisation, the default bus takes their events and every function may assume the member role
/// there, and nowhere else.
/// </summary>
public sealed class HubMembersTemplateTests
{
    private const string MemberAccount = "444455556666";
    private static readonly TemplateDocument Hub = TemplateDocument.Load();

    public static TheoryData<string> MemberConditions => ["HasMemberAccounts", "HasOrganization"];

    [Fact]
    public void Defaults_AddNoMemberResourceAndNoMemberGrant()
    {
        var stack = new StackParameters(Hub, new Dictionary<string, IReadOnlyList<string>>());
        var assumeRole = PolicyStatement.All(Hub).Where(s => s.Actions.Contains("sts:AssumeRole")).ToList();

        Assert.False(stack.Holds("HasMemberAccounts"));
        Assert.False(stack.Holds("HasOrganization"));
        Assert.Equal(2, assumeRole.Count);
        Assert.All(assumeRole, s => Assert.False(stack.HoldsAll(s.Guards), $"{s.Statement["Sid"]} is granted without members"));
        Assert.All(Hub.OfType("AWS::Events::EventBusPolicy"), p => Assert.False(stack.Holds(p.Resource["Condition"]!.GetValue<string>())));
    }

    [Theory]
    [MemberData(nameof(MemberConditions))]
    public void EventBusPolicy_OnlyWithMembers_AcceptsPutEventsOnTheDefaultBusFromThemOnly(string condition)
    {
        var (_, policy) = Assert.Single(Hub.OfType("AWS::Events::EventBusPolicy"), p => p.Resource["Condition"]!.GetValue<string>() == condition);
        var properties = policy["Properties"]!;
        var statement = properties["Statement"]!;
        var (key, parameter) = condition == "HasMemberAccounts" ? ("aws:PrincipalAccount", "MemberAccounts") : ("aws:PrincipalOrgID", "OrganizationId");

        Assert.Equal("default", properties["EventBusName"]!.GetValue<string>());
        Assert.Equal(("Allow", "events:PutEvents"), (statement["Effect"]!.GetValue<string>(), statement["Action"]!.GetValue<string>()));
        Assert.Equal("""{"Fn::Sub":"arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default"}""", statement["Resource"]!.ToJsonString());
        Assert.Equal(StringEquals(key, parameter), statement["Condition"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(MemberConditions))]
    public void AssumeRole_IsTheMemberRoleOnly_InTheMembersOnly(string condition)
    {
        var statement = Assert.Single(PolicyStatement.All(Hub), s => s.Actions.Contains("sts:AssumeRole") && s.Guards.SequenceEqual([condition]));
        var (key, parameter) = condition == "HasMemberAccounts" ? ("aws:ResourceAccount", "MemberAccounts") : ("aws:ResourceOrgID", "OrganizationId");

        Assert.Equal(["sts:AssumeRole"], statement.Actions);
        Assert.Equal(["""{"Fn::Sub":"arn:${AWS::Partition}:iam::*:role/${MemberRoleName}"}"""], statement.Resources);
        Assert.Equal(StringEquals(key, parameter), statement.Statement["Condition"]!.ToJsonString());
        Assert.Equal("ReconcilePolicy", statement.Owner);
    }

    [Fact]
    public void AssumeRole_WithMemberAccounts_ReachesTheListedAccountsRoleOnly()
    {
        var stack = new StackParameters(Hub, new Dictionary<string, IReadOnlyList<string>> { ["MemberAccounts"] = [MemberAccount] });
        var statements = PolicyStatement.All(Hub).Where(s => s.Owner == "ReconcilePolicy").ToList();
        WriteRequest Assume(string account, string role = "EcsWinReconciler-member") =>
            new("sts:AssumeRole", $"arn:aws:iam::{account}:role/{role}", new Dictionary<string, string> { ["aws:ResourceAccount"] = account });

        Assert.True(IdentityPolicyEvaluator.Allows(statements, stack, Assume(MemberAccount)));
        Assert.False(IdentityPolicyEvaluator.Allows(statements, stack, Assume("999900001111")));
        Assert.False(IdentityPolicyEvaluator.Allows(statements, stack, Assume(MemberAccount, "Admin")));
    }

    [Fact]
    public void MemberParameters_ReachTheFunctionsAsTheirVariables()
    {
        var variables = Hub.Root["Globals"]!["Function"]!["Environment"]!["Variables"]!;

        Assert.Equal("""{"Ref":"MemberRoleName"}""", variables[EnvironmentVariables.MemberRoleName]!.ToJsonString());
        Assert.Equal("""{"Ref":"MemberExternalId"}""", variables[EnvironmentVariables.MemberExternalId]!.ToJsonString());
        Assert.Equal("""{"Fn::Join":[",",{"Ref":"MemberAccounts"}]}""", variables[EnvironmentVariables.MemberAccounts]!.ToJsonString());
        Assert.Equal("""{"Ref":"OrganizationId"}""", variables[EnvironmentVariables.MemberOrganization]!.ToJsonString());
        Assert.Equal("""{"Fn::Join":[",",{"Ref":"MemberRegions"}]}""", variables[EnvironmentVariables.MemberRegions]!.ToJsonString());
    }

    private static string StringEquals(string key, string parameter) => $$$"""{"StringEquals":{"{{{key}}}":{"Ref":"{{{parameter}}}"}}""" + "}";

    [Fact]
    public void MemberRoleName_DefaultIsMemberYamls()
    {
        var member = TemplateDocument.LoadMember();

        Assert.Equal(member.Parameters["MemberRoleName"]!["Default"]!.ToJsonString(), Hub.Parameters["MemberRoleName"]!["Default"]!.ToJsonString());
        Assert.Equal(member.Parameters["MemberRoleName"]!["AllowedPattern"]!.ToJsonString(), Hub.Parameters["MemberRoleName"]!["AllowedPattern"]!.ToJsonString());
    }
}
