using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Composition;

/// <summary>Hub and members (issue 15): what the template passes from MemberAccounts, OrganizationId, MemberRoleName and MemberExternalId.</summary>
public sealed class MemberSettingsTests
{
    [Fact]
    public void Read_NoMembers_IsASingleAccountStack_WhateverTheRoleVariablesSay()
    {
        var settings = DeploymentSettings.Read(Env(new()
        {
            ["EWR_MEMBER_ACCOUNTS"] = string.Empty,
            ["EWR_MEMBER_ORGANIZATION"] = string.Empty,
            ["EWR_MEMBER_ROLE_NAME"] = "EcsWinReconciler-member",
            ["EWR_MEMBER_EXTERNAL_ID"] = string.Empty,
        }));

        Assert.Null(settings.MemberRole);
        Assert.Empty(settings.MemberAccounts);
    }

    [Fact]
    public void Read_MemberAccounts_GiveTheMemberRoleInTheHubsPartition()
    {
        var settings = DeploymentSettings.Read(Env(new()
        {
            ["AWS_REGION"] = "cn-north-1",
            ["EWR_MEMBER_ACCOUNTS"] = "444455556666, 777788889999",
            ["EWR_MEMBER_REGIONS"] = "cn-north-1,cn-northwest-1",
            ["EWR_MEMBER_ROLE_NAME"] = "ewr-member",
            ["EWR_MEMBER_EXTERNAL_ID"] = "ext-1",
        }));

        Assert.Equal(new MemberRoleSettings("ewr-member", "ext-1") { Partition = "aws-cn" }, settings.MemberRole);
        Assert.Equal(["444455556666", "777788889999"], settings.MemberAccounts);
        Assert.Equal(["cn-north-1", "cn-northwest-1"], settings.MemberRegions);
    }

    [Fact]
    public void Read_OrganizationOnly_UsesTheDefaultRoleName()
    {
        var settings = DeploymentSettings.Read(Env(new() { ["EWR_MEMBER_ORGANIZATION"] = "o-abcdef1234", ["EWR_MEMBER_EXTERNAL_ID"] = "ext-1" }));

        Assert.Equal(("EcsWinReconciler-member", "aws"), (settings.MemberRole?.RoleName, settings.MemberRole?.Partition));
    }

    [Fact]
    public void Read_MembersWithoutExternalIdOrWithABadAccount_NamesEachProblem()
    {
        var error = Assert.Throws<ConfigurationException>(() => DeploymentSettings.Read(Env(new() { ["EWR_MEMBER_ACCOUNTS"] = "4444555566,444455556666" })));

        Assert.Contains("EWR_MEMBER_ACCOUNTS: \"4444555566\" is not a 12-digit account id", error.Message, StringComparison.Ordinal);
        Assert.Contains("EWR_MEMBER_EXTERNAL_ID is required when EWR_MEMBER_ACCOUNTS or EWR_MEMBER_ORGANIZATION is set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eu-west-1", "aws")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData(null, "aws")]
    public void Partition_OfTheHubsRegion(string? region, string partition)
    {
        Assert.Equal(partition, AwsPartition.OfRegion(region));
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
