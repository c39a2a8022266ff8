using System.Text.Json;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Tests.Sts.StsClients;

namespace EcsWinReconciler.Sandbox.Tests.Sts;

/// <summary>The AWS CLI (botocore's parser, not ours) assumes a member role on the sandbox, and reads its refusal.</summary>
public sealed class StsAwsCliTests
{
    [AwsCliFact]
    public async Task AssumeRole_MemberWithTheRole_CliReadsTheCredentials()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);

        var (exitCode, output, errors) = await AwsCli.RunAsync(host, "sts", "assume-role", "--role-arn", RoleArn(Member), "--role-session-name", "cli", "--external-id", ExternalId);

        Assert.True(exitCode == 0, $"aws exited with {exitCode}: {errors}");
        using var answer = JsonDocument.Parse(output);
        var credentials = answer.RootElement.GetProperty("Credentials");
        Assert.Equal(Assert.Single(host.Accounts.Sessions()).AccessKeyId, credentials.GetProperty("AccessKeyId").GetString());
        Assert.Equal($"arn:aws:sts::{Member}:assumed-role/{RoleName}/cli", answer.RootElement.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
    }

    [AwsCliFact]
    public async Task AssumeRole_MemberWithoutTheRole_CliReportsAccessDenied()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);

        var (exitCode, _, errors) = await AwsCli.RunAsync(host, "sts", "assume-role", "--role-arn", RoleArn(MemberWithoutRole), "--role-session-name", "cli", "--external-id", ExternalId);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("(AccessDenied) when calling the AssumeRole operation", errors, StringComparison.Ordinal);
    }
}
