using EcsWinReconciler.Cli.IamPolicy;
using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.IamPolicy;

/// <summary>
/// The port methods each command declares (the input of its printed policy) cover every call it really makes: each
/// command runs over recording ports, with a spec stored, drift in the world and remediation on.
/// </summary>
public sealed class CommandDeclarationsTests
{
    public static TheoryData<string, string[]> Runs => new()
    {
        { "spec list", ["spec", "list"] },
        { "spec get", ["spec", "get", "iis-webserver"] },
        { "spec diff", ["spec", "diff", "-f", "{file}"] },
        { "spec apply", ["spec", "apply", "-f", "{file}"] },
        { "spec delete", ["spec", "delete", "iis-webserver"] },
        { "status", ["status"] },
        { "alerts", ["alerts"] },
        { "alerts", ["alerts", "--excepted"] },
        { "except add", ["except", "add", "iis-webserver", "--check", "dns.servers", "--resource", "dopt-0123456789abcdef0", "--reason", "AD move", "--expires", "2026-12-31", "--by", "ana"] },
        { "except list", ["except", "list"] },
        { "except list", ["except", "list", "iis-webserver"] },
        { "except remove", ["except", "remove", "iis-webserver", "--check", "dns.servers", "--resource", "dopt-0123456789abcdef0"] },
        { "reconcile", ["reconcile", "--cluster", Ids.ClusterName] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Command_CallsOnlyTheDeclaredPortMethods(string command, string[] args)
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        using var cli = new CliRunner(harness);
        var recorder = new PortCallRecorder();
        cli.Backends.Ports = recorder.Wrap(harness.Ports);
        var file = cli.File("iis.yaml", SpecTexts.Iis(remediation: "remediate"));

        var result = await cli.RunAsync([.. args.Select(a => a == "{file}" ? file : a)]);

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.NotEmpty(recorder.Calls.Keys);
        Assert.Empty(recorder.Calls.Keys.Except(CommandDeclarations.Find(command)!.PortMethods));
    }

    [Fact]
    public void Declarations_NameEachCommandOnce_AndOnlyPortMethodsAnAdapterDeclares()
    {
        Assert.Equal(CommandDeclarations.All.Count, CommandDeclarations.All.Select(c => c.Command).Distinct().Count());
        // For throws for a port method no adapter declares: a typo must not read as "needs nothing".
        Assert.All(CommandDeclarations.All.SelectMany(c => c.PortMethods), m => Assert.NotNull(Aws.Declarations.IamDeclarations.For(m)));
    }
}
