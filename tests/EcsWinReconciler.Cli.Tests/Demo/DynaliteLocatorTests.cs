using EcsWinReconciler.Cli.Demo;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Tests.Demo;

public sealed class DynaliteLocatorTests
{
    [Fact]
    public void Find_InstalledAboveTheStart_IsFound()
    {
        var installed = Path.Combine("/clone", "node_modules", "dynalite", "package.json");

        var found = DynaliteLocator.Find(_ => null, ["/clone/src/EcsWinReconciler.Cli/bin"], path => path == installed);

        Assert.Equal(Path.Combine("/clone", "node_modules", "dynalite"), found);
    }

    [Fact]
    public void Find_VariableSet_WinsOverTheSearch()
    {
        var found = DynaliteLocator.Find(name => name == "EWR_DYNALITE" ? "/opt/dynalite" : null, ["/clone"], _ => true);

        Assert.Equal("/opt/dynalite", found);
    }

    [Fact]
    public void Find_NotInstalled_SaysToRunNpmCi()
    {
        var error = Assert.Throws<CliException>(() => DynaliteLocator.Find(_ => null, ["/nowhere"], _ => false));

        Assert.Equal("ewr demo --keep-running serves DynamoDB through dynalite, which is not installed here", error.Message);
        Assert.StartsWith("run 'npm ci' at the root of the ecs-win-reconciler clone", error.Hint);
    }
}
