using System.Diagnostics;
using System.Text.Json;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>
/// Issue 13, done means: 'ewr demo --keep-running', then the export lines it prints, then ewr status, alerts and spec
/// list, and the AWS CLI, all against the one endpoint it serves, DynamoDB included.
/// </summary>
public sealed class DemoKeepRunningTests
{
    [Fact]
    public async Task KeepRunning_TheExportsItPrints_PointEwrAndTheAwsCliAtIt()
    {
        await DynaliteInstall.EnsureInstalledAsync(CancellationToken.None);
        using var demo = StartDemo();
        try
        {
            var exports = await ExportsAsync(demo);

            var status = await EwrProcess.RunAsync(exports, "status", "-o", "json");
            var alerts = await EwrProcess.RunAsync(exports, "alerts", "--open", "-o", "json");
            var specs = await EwrProcess.RunAsync(exports, "spec", "list");
            var clusters = await AwsCliAsync(exports, "ecs", "list-clusters");

            Assert.True(status.ExitCode == 0, status.ToString());
            Assert.Contains(status.Json().EnumerateArray(), t => t.GetProperty("judgement").GetString() == "judged");
            Assert.True(alerts.ExitCode == 0, alerts.ToString());
            Assert.Contains(alerts.Json().EnumerateArray(), a => a.GetProperty("check").GetString() == "dns.path");
            Assert.Matches(@"(?m)^iis-webserver\s+win-prod\s+iis-webserver\s", specs.Out);
            if (clusters is { } list)
            {
                Assert.Contains("cluster/win-prod", list, StringComparison.Ordinal);
            }
        }
        finally
        {
            // SIGTERM, as Ctrl+C would: the demo stops the sandbox and dynalite itself.
            using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await demo.WaitForExitAsync(guard.Token);
        }

        Assert.Equal(0, demo.ExitCode);
    }

    private static System.Diagnostics.Process StartDemo()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = TestSupport.Reference.RepositoryPaths.RepositoryRoot,
        };
        foreach (var arg in new[] { EwrProcess.Dll, "demo", "--keep-running", "--no-color" })
        {
            start.ArgumentList.Add(arg);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    /// <summary>Reads stdout until the last export line and turns the lines into an environment.</summary>
    private static async Task<Dictionary<string, string?>> ExportsAsync(System.Diagnostics.Process demo)
    {
        var environment = new Dictionary<string, string?>();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await demo.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                foreach (var pair in line["export ".Length..].Split(' '))
                {
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    environment[pair[..eq]] = pair[(eq + 1)..];
                }
            }

            if (line.StartsWith("export EWR_ALERT_TOPIC_ARN=", StringComparison.Ordinal))
            {
                return environment;
            }
        }

        throw new InvalidOperationException($"the demo ended before printing its exports: {await demo.StandardError.ReadToEndAsync()}");
    }

    /// <summary>The AWS CLI v2 with the endpoint as an option (2.9 ignores AWS_ENDPOINT_URL); null where none is installed.</summary>
    private static async Task<string?> AwsCliAsync(Dictionary<string, string?> exports, params string[] arguments)
    {
        if (!File.Exists("/usr/bin/aws"))
        {
            return null;
        }

        var start = new ProcessStartInfo("/usr/bin/aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--endpoint-url", exports["AWS_ENDPOINT_URL"]!, "--output", "json" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in exports)
        {
            start.Environment[name] = value;
        }

        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"aws {string.Join(' ', arguments)}: {errors}");
        using var document = JsonDocument.Parse(output);
        return output;
    }
}
