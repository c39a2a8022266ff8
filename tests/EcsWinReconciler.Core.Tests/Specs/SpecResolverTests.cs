using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecResolverTests
{
    private const string ClusterArn = "arn:aws:ecs:eu-west-1:123456789012:cluster/win-prod";

    private static readonly StoredSpec Default = SpecFactory.Stored("prod-default", "win-prod", "*");
    private static readonly StoredSpec Web = SpecFactory.Stored("web", "win-prod", "web");
    private static readonly StoredSpec OtherCluster = SpecFactory.Stored("web-staging", "win-staging", "web");

    [Fact]
    public void Resolve_ExactFamily_BeatsTheClusterDefault() =>
        Assert.Equal(SpecResolution.Select(Web), SpecResolver.Resolve([Default, Web, OtherCluster], ClusterArn, "web"));

    [Fact]
    public void Resolve_NoExactFamily_FallsBackToTheClusterDefault() =>
        Assert.Equal(SpecResolution.Select(Default), SpecResolver.Resolve([Default, Web], ClusterArn, "api"));

    [Fact]
    public void Resolve_ClusterGivenByName_MatchesLikeTheArn() =>
        Assert.Equal(SpecResolution.Select(Web), SpecResolver.Resolve([Default, Web], "win-prod", "web"));

    [Fact]
    public void Resolve_NothingSelects_IsNoSpec()
    {
        Assert.Equal(SpecResolution.NoSpec, SpecResolver.Resolve([Web, OtherCluster], ClusterArn, "api"));
        Assert.IsType<SpecResolution.None>(SpecResolver.Resolve([], ClusterArn, "web"));
    }

    [Fact]
    public void Resolve_FamilyIsCaseSensitive() =>
        Assert.Equal(SpecResolution.Select(Default), SpecResolver.Resolve([Default, Web], ClusterArn, "Web"));

    [Fact]
    public void Resolve_TwoSpecsForTheSameFamily_IsAmbiguousWithSortedNames()
    {
        var twin = SpecFactory.Stored("a-web-twin", "win-prod", "web");

        var resolution = SpecResolver.Resolve([Default, Web, twin], ClusterArn, "web");

        Assert.Equal(["a-web-twin", "web"], Assert.IsType<SpecResolution.Ambiguous>(resolution).Names);
    }

    [Fact]
    public void Resolve_TwoClusterDefaults_IsAmbiguous() =>
        Assert.IsType<SpecResolution.Ambiguous>(SpecResolver.Resolve([Default, SpecFactory.Stored("other-default", "win-prod", "*")], ClusterArn, "api"));

    [Fact]
    public void Resolve_SuspendedSpec_StillSelects()
    {
        var suspended = SpecRead.Valid(SpecSamples.WithSpec("suspend: true"));
        var stored = new StoredSpec(suspended, 3, SpecWriter.ToJson(suspended));

        Assert.Equal(SpecResolution.Select(stored), SpecResolver.Resolve([Default, stored], ClusterArn, "web"));
    }
}
