using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecSetValidatorTests
{
    [Fact]
    public void Validate_DistinctSpecs_HasNoErrors() =>
        Assert.Empty(SpecSetValidator.Validate(
        [
            SpecFactory.Sourced("web", "win-prod", "web", "a.yaml"),
            SpecFactory.Sourced("prod-default", "win-prod", "*", "b.yaml"),
            SpecFactory.Sourced("web-staging", "win-staging", "web", "b.yaml"),
        ]));

    [Fact]
    public void Validate_DuplicateName_NamesBothSources()
    {
        var error = Assert.Single(SpecSetValidator.Validate(
        [
            SpecFactory.Sourced("web", "win-prod", "web", "a.yaml"),
            SpecFactory.Sourced("web", "win-prod", "api", "b.yaml"),
        ]));

        Assert.Equal("b.yaml", error.Source);
        Assert.Equal("metadata.name", error.Path);
        Assert.Equal((5, 13), (error.Line, error.Column));
        Assert.Equal("the name \"web\" is also used by the spec in a.yaml:1:1; names must be unique", error.Message);
    }

    [Fact]
    public void Validate_SelectorTie_NamesBothSpecsAndSources()
    {
        var error = Assert.Single(SpecSetValidator.Validate(
        [
            SpecFactory.Sourced("web", "win-prod", "web", "a.yaml"),
            SpecFactory.Sourced("web-too", "win-prod", "web", "b.yaml"),
        ]));

        Assert.Equal("b.yaml", error.Source);
        Assert.Equal("spec.selector", error.Path);
        Assert.Equal(
            "\"web-too\" selects the same tasks (win-prod/web) as \"web\" in a.yaml:1:1; each cluster and family may have one spec",
            error.Message);
    }

    [Fact]
    public void ValidateApply_IncomingReplacesStoredOfTheSameName()
    {
        var stored = new[] { SpecFactory.Stored("web", "win-prod", "web", generation: 7) };

        Assert.Empty(SpecSetValidator.ValidateApply(stored, [SpecFactory.Sourced("web", "win-prod", "web", "web.yaml")]));
    }

    [Fact]
    public void ValidateApply_IncomingTiesWithAnotherStoredSpec_NamesTheStoredOne()
    {
        var stored = new[] { SpecFactory.Stored("web", "win-prod", "web", generation: 7) };

        var error = Assert.Single(SpecSetValidator.ValidateApply(stored, [SpecFactory.Sourced("web-new", "win-prod", "web", "new.yaml")]));

        Assert.Equal("new.yaml", error.Source);
        Assert.Equal(
            "\"web-new\" selects the same tasks (win-prod/web) as \"web\" in stored spec \"web\" (generation 7); each cluster and family may have one spec",
            error.Message);
    }
}
