using System.Diagnostics;
using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>Runs the built ewr.dll as a real process (<c>dotnet ewr.dll …</c>), as a user's shell would.</summary>
internal static class EwrProcess
{
    /// <summary>ewr's own build output, copied beside the tests by the project file (see CopyEwrForProcessTests).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ewr-build", "ewr.dll");

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>Runs with fake credentials and no AWS configuration from the machine; <paramref name="environment"/> adds or removes (null) variables.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No AWS settings leak in from the machine running the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("EWR_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_CONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "no-such-aws-config");
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(AppContext.BaseDirectory, "no-such-aws-credentials");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
