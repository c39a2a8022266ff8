using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>The AWS CLI, signing with its own botocore, reaches the world of the region it is given.</summary>
public sealed class WorldAwsCliTests
{
    [AwsCliFact]
    public async Task DescribeSubnets_CliInAnotherRegion_SeesTheHubsWorldThere()
    {
        await using var host = await TestSandbox.StartAsync();
        host.AddWorld(SandboxAccount.AccountId, "eu-west-1", ScenarioCatalog.Healthy);

        var (exitCode, output, errors) = await AwsCli.RunInRegionAsync(host, "eu-west-1", "ec2", "describe-subnets");
        var (emptyExit, empty, emptyErrors) = await AwsCli.RunInRegionAsync(host, "ap-southeast-2", "ec2", "describe-subnets");

        Assert.True(exitCode == 0, $"aws exited with {exitCode}: {errors}");
        Assert.True(emptyExit == 0, $"aws exited with {emptyExit}: {emptyErrors}");
        using var subnets = JsonDocument.Parse(output);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], subnets.RootElement.GetProperty("Subnets").EnumerateArray().Select(s => s.GetProperty("AvailabilityZone").GetString()));
        using var none = JsonDocument.Parse(empty);
        Assert.Equal(0, none.RootElement.GetProperty("Subnets").GetArrayLength());
        Assert.Equal(["eu-west-1", "ap-southeast-2"], host.Calls.Records().Select(c => c.Region));
    }
}
