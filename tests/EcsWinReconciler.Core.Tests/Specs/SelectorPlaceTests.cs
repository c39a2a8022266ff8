using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>selector.account and selector.region (issue 15): which account and region a spec's tasks run in.</summary>
public sealed class SelectorPlaceTests
{
    private static readonly AccountRegion Home = new("111122223333", "us-east-1");

    [Fact]
    public void Selector_WithoutAccountOrRegion_GovernsTheHubsOwn()
    {
        var spec = Read("selector: { cluster: win-prod, family: web }");

        Assert.Null(spec.Spec.Selector.Account);
        Assert.Equal(Home, spec.Spec.Selector.PlaceIn(Home));
    }

    [Fact]
    public void Selector_WithAccountAndRegion_GovernsThatMember_AndWritesThemBack()
    {
        var spec = Read("selector: { cluster: win-prod, family: web, account: \"044455556666\", region: eu-west-1 }");

        Assert.Equal(new AccountRegion("044455556666", "eu-west-1"), spec.Spec.Selector.PlaceIn(Home));
        var again = SpecReader.Read("again.yaml", SpecWriter.ToJson(spec));
        Assert.True(again.IsValid, string.Join("; ", again.Errors.Select(e => e.Text)));
        Assert.Equal(spec.Spec.Selector, again.Specs.Single().Spec.Spec.Selector);
    }

    [Fact]
    public void Selector_WithAnUnquotedAccount_KeepsItsLeadingZero()
    {
        var spec = Read("selector: { cluster: win-prod, family: web, account: 044455556666 }");

        Assert.Equal("044455556666", spec.Spec.Selector.Account);
    }

    [Fact]
    public void Selector_WithRegionOnly_IsTheHubsAccountInThatRegion()
    {
        var spec = Read("selector: { cluster: win-prod, family: web, region: us-west-2 }");

        Assert.Equal(new AccountRegion("111122223333", "us-west-2"), spec.Spec.Selector.PlaceIn(Home));
    }

    [Theory]
    [InlineData("account: \"4444\"", "spec.selector.account", "12-digit")]
    [InlineData("account: \"arn:aws:iam::444455556666:root\"", "spec.selector.account", "is an ARN")]
    [InlineData("region: Europe", "spec.selector.region", "region code")]
    public void Selector_WithABadAccountOrRegion_IsRejectedWhereItIs(string field, string path, string words)
    {
        var result = SpecReader.Read("bad.yaml", Document($"selector: {{ cluster: win-prod, family: web, {field} }}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecSet_SameClusterAndFamilyInTwoAccounts_IsNoDuplicate()
    {
        var specs = new[]
        {
            SourcedOf("a", "selector: { cluster: win-prod, family: web, account: \"444455556666\" }"),
            SourcedOf("b", "selector: { cluster: win-prod, family: web, account: \"777788889999\" }"),
            SourcedOf("c", "selector: { cluster: win-prod, family: web, account: \"777788889999\" }"),
        };

        var error = Assert.Single(SpecSetValidator.Validate(specs));
        Assert.Contains("\"c\" selects the same tasks", error.Message, StringComparison.Ordinal);
    }

    private static TaskNetworkSpec Read(string selectorLine) => SourcedOf("web", selectorLine).Spec;

    private static SourcedSpec SourcedOf(string name, string selectorLine)
    {
        var result = SpecReader.Read(name + ".yaml", Document(selectorLine, name));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Text)));
        return result.Specs.Single();
    }

    private static string Document(string selectorLine, string name = "web") => $$"""
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata: { name: {{name}} }
        spec:
          {{selectorLine}}
        """;
}
