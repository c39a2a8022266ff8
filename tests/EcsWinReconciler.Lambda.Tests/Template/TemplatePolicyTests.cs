using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>Least privilege: narrow statements, one role per function, and each role exactly what its code calls.</summary>
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

    [Theory]
    [InlineData("task-state")]
    [InlineData("api-change")]
    [InlineData("resync")]
    [InlineData("spec-change")]
    public void Role_Actions_AreExactlyWhatTheFunctionsPortsAndRuntimeCall(string handler)
    {
        var kind = FunctionNames.Parse(handler)!.Value;
        var (_, function) = _template.OfType("AWS::Serverless::Function").Single(f => f.Resource["Properties"]!["Handler"]!.GetValue<string>() == handler);
        var role = TemplateDocument.GetAttResource(function["Properties"]!["Role"])!;
        var managed = _template.Resource(role)["Properties"]!["ManagedPolicyArns"]!.AsArray().Select(TemplateDocument.RefName).ToHashSet(StringComparer.Ordinal);

        var granted = PolicyStatement.All(_template).Where(s => s.Owner == role || managed.Contains(s.Owner)).SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);

        var expected = ProvisionalPortPermissions.For(kind);
        Assert.Empty(expected.Except(granted));
        Assert.Empty(granted.Except(expected));
    }

    [Theory]
    [InlineData("ec2:AuthorizeSecurityGroupIngress", "MayTryChanges")]
    [InlineData("ec2:RevokeSecurityGroupIngress", "MayTryChanges")]
    [InlineData("ec2:ModifyVpcAttribute", "MayTryChanges")]
    [InlineData("ecs:UpdateService", "MayChange")]
    [InlineData("ecs:StopTask", "MayChange")]
    public void WriteAction_IsGrantedOnlyUnderItsRemediationCondition(string action, string condition)
    {
        var statements = PolicyStatement.All(_template).Where(s => s.Actions.Contains(action)).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal([condition], s.Guards));
    }

    [Fact]
    public void RemediationConditions_FollowTheRemediationModeParameter()
    {
        Assert.Equal("""{"Fn::Equals":[{"Ref":"RemediationMode"},"remediate"]}""", _template.Conditions["MayChange"]!.ToJsonString());
        Assert.Equal("""{"Fn::Not":[{"Fn::Equals":[{"Ref":"RemediationMode"},"alert"]}]}""", _template.Conditions["MayTryChanges"]!.ToJsonString());
        Assert.Equal("alert", _template.Parameters["RemediationMode"]!["Default"]!.GetValue<string>());
    }

    [Fact]
    public void EcsStatements_AreScopedToTheClustersParameter()
    {
        var ecs = PolicyStatement.All(_template).Where(s => s.Actions.Any(a => a.StartsWith("ecs:", StringComparison.Ordinal)) && !s.Resources.Contains("*")).ToList();

        Assert.NotEmpty(ecs);
        Assert.All(ecs, s => Assert.Equal("""{"Ref":"Clusters"}""", s.Statement["Condition"]!["ArnEquals"]!["ecs:cluster"]!.ToJsonString()));
    }
}
