using EcsWinReconciler.Aws.Configuration;

namespace EcsWinReconciler.Aws.Tests.Configuration;

public class RegionChoiceTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Resolve_ExplicitRegion_WinsOverEverything() =>
        Assert.Equal("eu-west-3", RegionChoice.Resolve("eu-west-3", Env(("AWS_REGION", "us-east-2"), ("AWS_DEFAULT_REGION", "ap-south-1")), () => "sa-east-1"));

    [Fact]
    public void Resolve_AwsRegion_WinsOverDefaultRegion() =>
        Assert.Equal("us-east-2", RegionChoice.Resolve(null, Env(("AWS_REGION", "us-east-2"), ("AWS_DEFAULT_REGION", "ap-south-1")), () => "sa-east-1"));

    [Fact]
    public void Resolve_OnlyDefaultRegion_IsUsed() =>
        Assert.Equal("ap-south-1", RegionChoice.Resolve(" ", Env(("AWS_DEFAULT_REGION", "ap-south-1")), () => "sa-east-1"));

    [Fact]
    public void Resolve_NothingInTheEnvironment_AsksTheSdk() =>
        Assert.Equal("sa-east-1", RegionChoice.Resolve(null, Env(), () => "sa-east-1"));

    [Fact]
    public void Resolve_NothingAnywhere_IsNull() =>
        Assert.Null(RegionChoice.Resolve(null, Env(), () => null));
}
