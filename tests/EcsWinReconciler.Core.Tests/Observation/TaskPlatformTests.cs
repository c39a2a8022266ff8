using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class TaskPlatformTests
{
    private static readonly Dictionary<string, string> WindowsHost = new()
    {
        ["ecs.os-type"] = "windows",
        ["ecs.os-family"] = "WINDOWS_SERVER_2022_CORE",
    };

    [Fact]
    public void From_TaskDefinitionSaysSomething_ItWinsOverTheHost()
    {
        var platform = TaskPlatform.From("LINUX", "awsvpc", WindowsHost);

        Assert.Equal(("LINUX", PlatformSource.TaskDefinition), (platform.OperatingSystemFamily, platform.Source));
        Assert.False(platform.IsWindows);
    }

    [Fact]
    public void From_NoRuntimePlatform_TheHostsOsFamily()
    {
        var platform = TaskPlatform.From(null, "awsvpc", WindowsHost);

        Assert.Equal(("WINDOWS_SERVER_2022_CORE", PlatformSource.ContainerInstance), (platform.OperatingSystemFamily, platform.Source));
        Assert.True(platform.IsWindows);
    }

    [Fact]
    public void From_HostWithOnlyAnOsType_ThatOsType()
    {
        var platform = TaskPlatform.From("", "awsvpc", new Dictionary<string, string> { ["ecs.os-type"] = "windows", ["ecs.os-family"] = "" });

        Assert.Equal(("windows", PlatformSource.ContainerInstance), (platform.OperatingSystemFamily, platform.Source));
        Assert.True(platform.IsWindows);
    }

    [Fact]
    public void From_NothingSaysAnything_Unknown()
    {
        var platform = TaskPlatform.From(null, "awsvpc", new Dictionary<string, string>());

        Assert.Equal(TaskPlatform.Unknown("awsvpc"), platform);
        Assert.False(platform.IsWindows);
    }

    [Theory]
    [InlineData("WINDOWS_SERVER_2019_FULL", true)]
    [InlineData("windows_server_2025_core", true)]
    [InlineData("Windows", true)]
    [InlineData("LINUX", false)]
    [InlineData("linux", false)]
    public void IsWindows_OsFamilies(string osFamily, bool expected) =>
        Assert.Equal(expected, new TaskPlatform(osFamily, PlatformSource.TaskDefinition, "awsvpc").IsWindows);

    [Theory]
    [InlineData("awsvpc", true)]
    [InlineData("AWSVPC", false)]
    [InlineData("nat", false)]
    [InlineData(null, false)]
    public void IsAwsvpc_TheNetworkModeAsEcsWritesIt(string? networkMode, bool expected) =>
        Assert.Equal(expected, TaskPlatform.Unknown(networkMode).IsAwsvpc);
}
