using System.Text.Json.Nodes;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Template.Member;

/// <summary>
/// member.yaml passes template.yaml's checks, and cannot drift from it: its rules forward exactly the events template.yaml's
/// rules take, and its role grants exactly the EC2, ECS and Route 53 Resolver part of what the functions' code calls
/// (the adapters' declarations), under the same remediation conditions and the same ECS cluster scope.
/// </summary>
public sealed class MemberTemplateTests
{
    private readonly TemplateDocument _member = TemplateDocument.LoadMember();
    private readonly TemplateDocument _hub = TemplateDocument.Load();

    [Fact]
    public void UnresolvedReferences_Member_None()
    {
        Assert.Empty(TemplateChecks.UnresolvedReferences(_member));
    }

    [Fact]
    public void PolicyProblems_Member_None()
    {
        Assert.Empty(TemplateChecks.PolicyProblems(_member));
    }

    [Fact]
    public void Member_HasNoTransform_SoAStackSetCanDeployIt()
    {
        Assert.False(_member.Root.ContainsKey("Transform"));
        Assert.All(_member.Resources, r => Assert.StartsWith("AWS::", r.Value!["Type"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.DoesNotContain(_member.Resources, r => r.Value!["Type"]!.GetValue<string>().StartsWith("AWS::Serverless::", StringComparison.Ordinal));
    }

    [Fact]
    public void MemberRole_GrantsExactlyTheMemberPartOfWhatTheFunctionsCall()
    {
        var expected = DerivedPolicy.OfMemberRole();
        var granted = MemberTemplate.Granted(_member);

        Assert.True(expected.SetEquals(granted), $"member.yaml's {MemberTemplate.Role} differs from what the functions call in a member.\n"
            + $"missing: {string.Join("; ", expected.Except(granted))}\nextra: {string.Join("; ", granted.Except(expected))}");
    }

    [Fact]
    public void MemberRole_HoldsNoHubResource()
    {
        var services = MemberTemplate.Granted(_member).Select(g => g.Action[..g.Action.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["ec2", "ecs", "route53resolver"], services.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplatePolicyTests.Changes), MemberType = typeof(TemplatePolicyTests))]
    public void ChangeAction_IsGrantedOnlyUnderItsRemediationCondition(string action, string condition)
    {
        var statements = MemberTemplate.RoleStatements(_member).Where(s => s.Actions.Contains(action)).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal([condition], ScopeConditions.When(s)));
    }

    [Fact]
    public void RemediationAndScopeConditions_AreTemplateYamls()
    {
        foreach (var name in new[] { "MayTryChanges", "MayChange", "HasVpcScope", "HasClusterScope" })
        {
            Assert.Equal(_hub.Conditions[name]!.ToJsonString(), _member.Conditions[name]!.ToJsonString());
        }

        foreach (var name in new[] { "Clusters", "RemediationMode", "VpcArns", "ManagedClusterArns", "EnableCloudTrailRule" })
        {
            Assert.Equal(_hub.Parameters[name]!["Type"]!.ToJsonString(), _member.Parameters[name]!["Type"]!.ToJsonString());
            Assert.Equal(_hub.Parameters[name]!["Default"]?.ToJsonString(), _member.Parameters[name]!["Default"]?.ToJsonString());
            Assert.Equal(_hub.Parameters[name]!["AllowedValues"]?.ToJsonString(), _member.Parameters[name]!["AllowedValues"]?.ToJsonString());
        }
    }

    [Fact]
    public void EcsStatements_AreScopedToTheClustersParameter_OrToTheListedClustersWhenSet()
    {
        var ecs = MemberTemplate.RoleStatements(_member).Where(s => s.Actions.Any(a => a.StartsWith("ecs:", StringComparison.Ordinal)) && !s.Resources.Contains("*")).ToList();

        Assert.NotEmpty(ecs);
        Assert.All(ecs, s => Assert.Equal(
            ScopeConditions.ListedBy(s) == "ManagedClusterArns" ? """{"Ref":"ManagedClusterArns"}""" : """{"Ref":"Clusters"}""",
            s.Statement["Condition"]!["ArnEquals"]!["ecs:cluster"]!.ToJsonString()));
    }

    [Fact]
    public void MemberRole_TrustsOnlyTheHubsFunctionRoles_WithTheExternalId()
    {
        var role = _member.Resource(MemberTemplate.Role)["Properties"]!;
        var trust = Assert.Single(role["AssumeRolePolicyDocument"]!["Statement"]!.AsArray())!;

        Assert.Equal("""{"Ref":"MemberRoleName"}""", role["RoleName"]!.ToJsonString());
        Assert.Equal(3600, role["MaxSessionDuration"]!.GetValue<long>());
        Assert.Equal(("Allow", "sts:AssumeRole"), (trust["Effect"]!.GetValue<string>(), trust["Action"]!.GetValue<string>()));
        Assert.Equal("""{"Fn::Sub":"arn:${AWS::Partition}:iam::${HubAccountId}:root"}""", trust["Principal"]!["AWS"]!.ToJsonString());
        Assert.Equal("""{"Ref":"ExternalId"}""", trust["Condition"]!["StringEquals"]!["sts:ExternalId"]!.ToJsonString());
        Assert.Equal("""{"Fn::Sub":"arn:${AWS::Partition}:iam::${HubAccountId}:role/${HubStackName}-*"}""", trust["Condition"]!["ArnLike"]!["aws:PrincipalArn"]!.ToJsonString());
    }

    [Fact]
    public void MemberRole_IsCreatedInOneRegionOnly_IamBeingGlobal()
    {
        Assert.Equal("CreatesRole", _member.Resource(MemberTemplate.Role)["Condition"]!.GetValue<string>());
        Assert.Equal("""{"Fn::Equals":[{"Ref":"AWS::Region"},{"Ref":"RoleRegion"}]}""", _member.Conditions["CreatesRole"]!.ToJsonString());
    }

    [Fact]
    public void TaskStateForwardRule_PatternIsTemplateYamlsTaskStateRule()
    {
        var hub = _hub.Resource("TaskStateFunction")["Properties"]!["Events"]!["TaskStateChange"]!["Properties"]!["Pattern"]!;

        Assert.Equal(hub.ToJsonString(), Rule("TaskStateForwardRule")["EventPattern"]!.ToJsonString());
    }

    /// <summary>The hub's rule takes its own account's calls and the members' alike: api-change routes each to its account and region.</summary>
    [Fact]
    public void ApiChangeForwardRule_PatternAndConditionAreTemplateYamlsApiChangeRule()
    {
        var hub = _hub.Resource("ApiChangeRule");
        var hubPattern = hub["Properties"]!["EventPattern"]!;

        Assert.Null(hubPattern["account"]);
        Assert.Equal(hubPattern.ToJsonString(), Rule("ApiChangeForwardRule")["EventPattern"]!.ToJsonString());
        Assert.Equal(hub["Condition"]!.ToJsonString(), _member.Resource("ApiChangeForwardRule")["Condition"]!.ToJsonString());
        Assert.Equal(_hub.Conditions["CloudTrailRuleEnabled"]!.ToJsonString(), _member.Conditions["CloudTrailRuleEnabled"]!.ToJsonString());
    }

    [Theory]
    [InlineData("TaskStateForwardRule")]
    [InlineData("ApiChangeForwardRule")]
    public void ForwardRule_TargetsTheHubsBus_WithTheForwardingRole(string rule)
    {
        var target = Assert.Single(Rule(rule)["Targets"]!.AsArray())!;

        Assert.Equal("""{"Ref":"HubEventBusArn"}""", target["Arn"]!.ToJsonString());
        Assert.Equal("ForwardToHubRole", TemplateDocument.GetAttResource(target["RoleArn"]));
    }

    [Fact]
    public void ForwardToHubRole_OnlyEventBridgeOfThisAccount_OnlyPutsOnTheHubsBus()
    {
        var role = _member.Resource("ForwardToHubRole")["Properties"]!;
        var trust = Assert.Single(role["AssumeRolePolicyDocument"]!["Statement"]!.AsArray())!;
        var statement = Assert.Single(PolicyStatement.All(_member), s => s.Owner == "ForwardToHubRole");

        Assert.Equal("events.amazonaws.com", trust["Principal"]!["Service"]!.GetValue<string>());
        Assert.Equal("""{"Ref":"AWS::AccountId"}""", trust["Condition"]!["StringEquals"]!["aws:SourceAccount"]!.ToJsonString());
        Assert.Equal(["events:PutEvents"], statement.Actions);
        Assert.Equal(["""{"Ref":"HubEventBusArn"}"""], statement.Resources);
    }

    [Fact]
    public void DeployGuide_HubAndMembers_DocumentsEveryParameter()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "DEPLOY.md"));
        var section = guide[guide.IndexOf("## Hub and members", StringComparison.Ordinal)..];

        Assert.All(_member.Parameters.Select(p => p.Key), p => Assert.Contains($"`{p}`", section, StringComparison.Ordinal));
        Assert.Contains("### Specs for members", section, StringComparison.Ordinal);
        Assert.Contains("selector: { cluster: win-prod, family: iis-webserver, account: \"444455556666\", region: eu-west-1 }", section, StringComparison.Ordinal);
    }

    private JsonObject Rule(string id) => _member.Resource(id)["Properties"]!.AsObject();
}
