using System.Text.Json;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Cli.IamPolicy;
using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.IamPolicy;

/// <summary>Issue 14: <c>ewr iam-policy</c> prints what each command needs, from the adapters' IAM declarations.</summary>
public sealed class IamPolicyCommandTests
{
    private static readonly string[] Stack =
        ["--region", "eu-west-1", "--account", "111122223333", "--specs-table", "ewr-Specs", "--state-table", "ewr-State", "--topic-arn", "arn:aws:sns:eu-west-1:111122223333:ewr-alerts"];

    [Fact]
    public async Task Status_ReadsTheSpecsAndStatusesOfTheNamedTables_AndNothingElse()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["iam-policy", "status", .. Stack]);

        Assert.Equal(0, result.ExitCode);
        var statements = Statements(result.Out);
        Assert.Equal(
            IamDeclarations.For(CommandDeclarations.Find("status")!.PortMethods).Select(g => g.Action).Distinct().Order(StringComparer.Ordinal),
            statements.SelectMany(s => s.Actions).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(statements, s => s.Actions.Contains("dynamodb:Scan") && s.Resource == "arn:aws:dynamodb:eu-west-1:111122223333:table/ewr-Specs");
        Assert.All(statements, s => Assert.StartsWith("arn:aws:dynamodb:eu-west-1:111122223333:table/ewr-", s.Resource, StringComparison.Ordinal));
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Reconcile_WritesOnlyOnTaggedResources_EcsInTheClustersGiven_TheTopicKeyOnlyThroughSns()
    {
        using var cli = new CliRunner();
        const string cluster = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";

        var result = await cli.RunAsync(["iam-policy", "reconcile", "--cluster", cluster, .. Stack]);

        var statements = Statements(result.Out);
        var writes = statements.Where(s => s.Actions.Any(a => a is "ec2:RevokeSecurityGroupIngress" or "ec2:ModifyVpcAttribute" or "ecs:UpdateService" or "ecs:StopTask")).ToList();
        Assert.Equal(4, writes.Count);
        Assert.All(writes, s => Assert.Equal("true", s.Condition.GetProperty("StringEquals").GetProperty("aws:ResourceTag/ecswin:managed")[0].GetString()));
        Assert.All(statements.Where(s => s.Actions.Any(a => a.StartsWith("ecs:", StringComparison.Ordinal)) && s.Resource != "*"),
            s => Assert.Equal(cluster, s.Condition.GetProperty("ArnEquals").GetProperty("ecs:cluster")[0].GetString()));
        var kms = Assert.Single(statements, s => s.Actions.Contains("kms:GenerateDataKey*"));
        Assert.Equal("sns.eu-west-1.amazonaws.com", kms.Condition.GetProperty("StringLike").GetProperty("kms:ViaService")[0].GetString());
        Assert.Contains(statements, s => s.Actions.Contains("sns:Publish") && s.Resource == "arn:aws:sns:eu-west-1:111122223333:ewr-alerts");
        Assert.DoesNotContain(statements, s => s.Actions.Contains("dynamodb:DeleteTable") || s.Actions.Any(a => a.EndsWith(":*", StringComparison.Ordinal)));
    }

    /// <summary>Issue 15: reconcile and explain may work in a member account, through its role; status and alerts read the hub's tables only.</summary>
    [Theory]
    [InlineData("reconcile", true)]
    [InlineData("explain", true)]
    [InlineData("status", false)]
    [InlineData("alerts", false)]
    public async Task CommandThatReachesMembers_MayAssumeTheMemberRoleInAnyAccount_AndNoOtherRole(string command, bool reachesMembers)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["iam-policy", command, .. Stack]);

        var assume = Statements(result.Out).Where(s => s.Actions.Contains("sts:AssumeRole")).Select(s => s.Resource).ToList();
        Assert.Equal(reachesMembers ? ["arn:aws:iam::*:role/EcsWinReconciler-member"] : [], assume);
    }

    [Fact]
    public async Task Reconcile_MemberRoleNamedByTheVariable_AssumesThatRole()
    {
        using var cli = new CliRunner();
        cli.Environment["EWR_MEMBER_ROLE_NAME"] = "ewr-member";

        var result = await cli.RunAsync(["iam-policy", "reconcile", .. Stack]);

        var assume = Assert.Single(Statements(result.Out), s => s.Actions.Contains("sts:AssumeRole"));
        Assert.Equal("arn:aws:iam::*:role/ewr-member", assume.Resource);
    }

    [Fact]
    public async Task NoCommand_EveryCommandThatCallsAws_AsOneJsonObject()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("iam-policy");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(CommandDeclarations.All.Select(c => c.Command), document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal("2012-10-17", p.Value.GetProperty("Version").GetString()));
    }

    [Fact]
    public async Task LocalCommand_NeedsNoPolicy()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("iam-policy", "lint");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Out));
        Assert.Contains("ewr lint calls no AWS API", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nosuch", "\"nosuch\" is not an ewr command that calls AWS")]
    [InlineData("status --account 12", "--account must be a 12-digit AWS account id, not \"12\"")]
    [InlineData("status --cluster win-prod", "--cluster must be a cluster ARN, not \"win-prod\"")]
    public async Task BadInput_UsageErrorThatSaysWhat(string args, string message)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["iam-policy", .. args.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    private static List<(List<string> Actions, string Resource, JsonElement Condition)> Statements(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("Statement").EnumerateArray().Select(s => (
            s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!).ToList(),
            s.GetProperty("Resource").GetString()!,
            s.TryGetProperty("Condition", out var c) ? c.Clone() : default))];
    }
}
