using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Declarations;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Least privilege: narrow statements, one role per function, and each role exactly what its code calls (derived by
/// <see cref="DerivedPolicy"/>), on the resources and under the conditions it calls them.
/// </summary>
public sealed class TemplatePolicyTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Fact]
    public void PolicyProblems_Template_None()
    {
        Assert.Empty(TemplateChecks.PolicyProblems(_template));
    }

    [Fact]
    public void PolicyProblems_WideStatements_AreEachReported()
    {
        var template = TemplateDocument.Parse("""
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  Policies:
                    - PolicyName: p
                      PolicyDocument:
                        Statement:
                          - { Sid: All, Effect: Allow, Action: "*", Resource: "arn:aws:s3:::b" }
                          - { Sid: Service, Effect: Allow, Action: "dynamodb:*", Resource: "arn:aws:dynamodb:::table/t" }
                          - { Sid: Star, Effect: Allow, Action: [dynamodb:GetItem, ec2:DescribeVpcs], Resource: "*" }
                          - { Sid: Not, Effect: Allow, NotAction: iam:*, Resource: "arn:aws:s3:::b" }
              Managed:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement:
                      - !If [Cond, { Sid: Hidden, Effect: Allow, Action: sqs:SendMessage, Resource: "*" }, !Ref AWS::NoValue]
            """);

        var problems = TemplateChecks.PolicyProblems(template);

        Assert.Equal(
            [
                "Role/All: wildcard action *",
                "Role/Service: wildcard action dynamodb:*",
                "Role/Star: dynamodb:GetItem on Resource \"*\" although it takes resource ARNs",
                "Role/Not: Allow with NotAction/NotResource",
                "Managed/Hidden: sqs:SendMessage on Resource \"*\" although it takes resource ARNs",
            ], problems);
    }

    [Fact]
    public void Functions_EachHasItsOwnRoleThatOnlyLambdaAssumes()
    {
        var functions = _template.OfType("AWS::Serverless::Function").ToList();
        var roles = functions.Select(f => TemplateDocument.GetAttResource(f.Resource["Properties"]!["Role"])).ToList();

        Assert.Equal(4, functions.Count);
        Assert.All(roles, Assert.NotNull);
        Assert.Equal(roles.Count, roles.Distinct().Count());
        foreach (var role in roles)
        {
            var trust = Assert.Single(_template.Resource(role!)["Properties"]!["AssumeRolePolicyDocument"]!["Statement"]!.AsArray())!;
            Assert.Equal("lambda.amazonaws.com", trust["Principal"]!["Service"]!.GetValue<string>());
            Assert.Equal("sts:AssumeRole", trust["Action"]!.GetValue<string>());
        }
    }

    public static TheoryData<FunctionKind> Kinds => [.. FunctionDeclarations.All.Select(f => f.Kind)];

    /// <summary>
    /// The actions the adapters need only from some remediation mode on (the changes, not the reads an action also
    /// makes, which are needed always elsewhere), each with the condition it must be granted under.
    /// </summary>
    public static TheoryData<string, string> Changes
    {
        get
        {
            var grants = IamDeclarations.Adapters.SelectMany(a => a.Methods.Values.SelectMany(g => g)).ToList();
            var alwaysNeeded = grants.Where(g => g.When == NeededWhen.Always).Select(g => g.Action).ToHashSet(StringComparer.Ordinal);
            var data = new TheoryData<string, string>();
            foreach (var (action, condition) in grants.Where(g => g.When != NeededWhen.Always && !alwaysNeeded.Contains(g.Action))
                         .Select(g => (g.Action, DerivedPolicy.ConditionOf(g.When))).Distinct())
            {
                data.Add(action, condition);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Role_GrantsExactlyWhatItsCodeAndLambdaNeed_OnTheResourcesAndUnderTheConditionsTheyNeed(FunctionKind kind)
    {
        var function = FunctionTemplate.Of(_template, kind);

        var expected = DerivedPolicy.Of(function).Select(d => d.Grant).ToHashSet();
        var granted = DerivedPolicy.Granted(function).Select(g => g.Grant).ToHashSet();

        Assert.True(expected.SetEquals(granted), $"{function.Role} differs from what {FunctionNames.Of(kind)} needs.\n"
            + $"missing: {string.Join("; ", expected.Except(granted))}\nextra: {string.Join("; ", granted.Except(expected))}");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void ChangeAction_IsGrantedOnlyUnderItsRemediationCondition(string action, string condition)
    {
        var statements = PolicyStatement.All(_template).Where(s => s.Actions.Contains(action)).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal([condition], ScopeConditions.When(s)));
    }

    [Fact]
    public void Changes_AreTheRuleEditsFromDryRunOnAndTheRestOnlyWhenRemediating()
    {
        Assert.Equal(
            [
                ("ec2:AuthorizeSecurityGroupIngress", "MayTryChanges"), ("ec2:ModifyVpcAttribute", "MayChange"), ("ec2:RevokeSecurityGroupIngress", "MayTryChanges"),
                ("ecs:StopTask", "MayChange"), ("ecs:UpdateService", "MayChange"),
            ],
            Changes.Select(c => ((string)c[0], (string)c[1])).Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void GrantUsedOnlyThroughAService_IsConditionedOnThatService(FunctionKind kind)
    {
        var function = FunctionTemplate.Of(_template, kind);
        var viaGrants = DerivedPolicy.Of(function).Where(d => d.Via is not null).ToList();

        Assert.NotEmpty(viaGrants);
        foreach (var need in viaGrants)
        {
            var service = need.Via![..need.Via!.IndexOf(':', StringComparison.Ordinal)];
            var statements = DerivedPolicy.Granted(function).Where(g => g.Grant == need.Grant).Select(g => g.Statement).ToList();
            Assert.NotEmpty(statements);
            Assert.All(statements, s => Assert.Equal(
                $$"""{"Fn::Sub":"{{service}}.${AWS::Region}.amazonaws.com"}""",
                s.Statement["Condition"]?["StringEquals"]?["kms:ViaService"]?.ToJsonString()));
        }
    }

    [Fact]
    public void RemediationConditions_FollowTheRemediationModeParameter()
    {
        Assert.Equal("""{"Fn::Equals":[{"Ref":"RemediationMode"},"remediate"]}""", _template.Conditions["MayChange"]!.ToJsonString());
        Assert.Equal("""{"Fn::Not":[{"Fn::Equals":[{"Ref":"RemediationMode"},"alert"]}]}""", _template.Conditions["MayTryChanges"]!.ToJsonString());
        Assert.Equal("alert", _template.Parameters["RemediationMode"]!["Default"]!.GetValue<string>());
    }

    [Fact]
    public void EcsStatements_AreScopedToTheClustersParameter_OrToTheListedClustersWhenSet()
    {
        var ecs = PolicyStatement.All(_template).Where(s => s.Actions.Any(a => a.StartsWith("ecs:", StringComparison.Ordinal)) && !s.Resources.Contains("*")).ToList();

        Assert.NotEmpty(ecs);
        Assert.All(ecs, s => Assert.Equal(
            ScopeConditions.ListedBy(s) == "ManagedClusterArns" ? """{"Ref":"ManagedClusterArns"}""" : """{"Ref":"Clusters"}""",
            s.Statement["Condition"]!["ArnEquals"]!["ecs:cluster"]!.ToJsonString()));
    }
}
