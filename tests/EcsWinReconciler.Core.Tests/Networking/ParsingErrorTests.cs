using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>What a bad value is told, and which ids are ids: the wording a spec author or an operator sees.</summary>
public class ParsingErrorTests
{
    [Fact]
    public void CidrParse_Malformed_ThrowsQuotingTheTextAndSayingWhy()
    {
        var error = Assert.Throws<FormatException>(() => Cidr.Parse("10.0.0.0/33"));

        Assert.Equal("\"10.0.0.0/33\" has an invalid prefix length \"33\" (0-32)", error.Message);
    }

    [Fact]
    public void ProtocolParse_Unknown_ThrowsQuotingTheText() =>
        Assert.Equal("\"sctp\" is not an IP protocol", Assert.Throws<FormatException>(() => IpProtocol.Parse("sctp")).Message);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void PortRangeTryParse_Nothing_IsEmpty(string? text)
    {
        Assert.False(PortRange.TryParse(text, out var range, out var problem));
        Assert.Null(range);
        Assert.Equal("is empty", problem);
    }

    [Theory]
    [InlineData("vpc-0a1b2c3d", true)]
    [InlineData("vpc-0a1b2c3d4e5f60718", true)]
    [InlineData("vpc-xyz", false)]
    [InlineData(null, false)]
    public void IsVpcId_OnlyRealVpcIds(string? id, bool expected) => Assert.Equal(expected, AwsIds.IsVpcId(id));

    [Theory]
    [InlineData("eni-0def1234abc567890", true)]
    [InlineData("eni-0def1234", true)]
    [InlineData("sg-0def1234", false)]
    [InlineData(null, false)]
    public void IsNetworkInterfaceId_OnlyRealEniIds(string? id, bool expected) => Assert.Equal(expected, AwsIds.IsNetworkInterfaceId(id));

    [Theory]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d", "0a1b2c3d")]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:task/0a1b2c3d", "0a1b2c3d")]
    [InlineData("0a1b2c3d", "0a1b2c3d")]
    public void TaskId_IsTheLastSegmentOfEitherArnFormat(string arn, string id) => Assert.Equal(id, AwsIds.TaskId(arn));

    [Theory]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:cluster/win-prod", "win-prod")]
    [InlineData("win-prod", "win-prod")]
    public void ClusterName_FromAnArnOrAName(string arnOrName, string name) => Assert.Equal(name, AwsIds.ClusterName(arnOrName));
}
