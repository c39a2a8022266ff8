using EcsWinReconciler.Sandbox.Ec2;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Tests.Wire;

public class Ec2FilterTests
{
    [Theory]
    [InlineData("arn:aws:ecs:*", "arn:aws:ecs:us-east-1:1:attachment/x", true)]
    [InlineData("eni-0?", "eni-0a", true)]
    [InlineData("eni-0?", "eni-0ab", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("exact", "exact", true)]
    public void Matches_Wildcards_AsEc2Reads(string pattern, string value, bool expected) =>
        Assert.Equal(expected, new Ec2Filter("description", [pattern]).Matches([value]));

    [Fact]
    public void MatchesAll_TwoFilters_BothMustMatchAnyValue()
    {
        IReadOnlyList<Ec2Filter> filters = [new("group-id", ["sg-1", "sg-2"]), new("vpc-id", ["vpc-1"])];

        Assert.True(Ec2Filter.MatchesAll(filters, name => name == "group-id" ? ["sg-9", "sg-2"] : ["vpc-1"]));
        Assert.False(Ec2Filter.MatchesAll(filters, name => name == "group-id" ? ["sg-9"] : ["vpc-1"]));
    }

    [Fact]
    public void Parse_UnsupportedName_InvalidParameterValue()
    {
        var parameters = new QueryParameters(new Dictionary<string, string> { ["Filter.1.Name"] = "tag:Name", ["Filter.1.Value.1"] = "x" });

        var error = Assert.Throws<ApiException>(() => Ec2Filter.Parse(parameters, ["group-id"]));

        Assert.Contains("tag:Name", error.Message, StringComparison.Ordinal);
    }
}
