using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Tests.Specs.Shapes;

public class SuggestionsTests
{
    private static readonly string[] Fields = ["selector", "platform", "suspend", "eni", "securityGroups", "dns", "remediation", "alerts"];

    [Theory]
    [InlineData("securityGroup", "securityGroups")]
    [InlineData("SecurityGroups", "securityGroups")]
    [InlineData("selcetor", "selector")]
    [InlineData("alert", "alerts")]
    [InlineData("DNS", "dns")]
    [InlineData("remedation", "remediation")]
    [InlineData("network", null)]
    [InlineData("foo", null)]
    public void Closest_LikelyTypos_AreSuggestedAndOthersAreNot(string written, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(written, Fields));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsEditsWithAdjacentSwapsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, EcsWinReconciler.Core.Common.EditDistance.Between(a, b));

    [Fact]
    public void Closest_VeryLongKey_IsNotCompared() =>
        Assert.Null(Suggestions.Closest(new string('s', 100_000), Fields));
}
