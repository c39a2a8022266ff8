using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Demo;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Specs;
using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Cli.Tests.Demo;

public sealed class DemoNarratorTests
{
    [Fact]
    public void KeptRunning_OnANarrowTerminal_PrintsEachExportWholeOnOneLine()
    {
        // At 80 columns the exports were wrapped: 'export' alone on a line, and EWR_STATE_TABLE set but not exported.
        using var stdout = new StringWriter { NewLine = "\n" };
        var harness = new ReconcilerHarness();
        var host = new CliHost(stdout, TextWriter.Null, TextReader.Null, true, true, _ => null, harness.Time, new FileSystemSpecFiles(), new FakeBackendFactory(harness.Ports))
        {
            TerminalWidth = () => 60,
        };
        var settings = new CommonSettings(null, null, null, null, null, null, OutputFormat.Table, NoColor: true, Verbose: false);
        using var context = new CommandContext(host, settings);
        var endpoint = new Uri("http://127.0.0.1:40123/");
        var tables = new DynamoTableNames("EcsWinReconciler-Specs", "EcsWinReconciler-State");

        new DemoNarrator(context).KeptRunning(endpoint, tables);

        var lines = stdout.ToString().Split('\n');
        Assert.All(DemoExports.Lines(endpoint, tables, Sandbox.Scenarios.ScenarioIds.TopicArn), export => Assert.Contains(export, lines));
        Assert.All(DemoExports.Tries(Sandbox.Scenarios.ScenarioIds.ClusterName), tryLine => Assert.Contains("  " + tryLine, lines));
    }
}
