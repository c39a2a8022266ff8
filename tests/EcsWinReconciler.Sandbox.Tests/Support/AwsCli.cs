using System.Diagnostics;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>
/// The AWS CLI (<c>aws</c> on PATH) run against a sandbox: throwaway credentials, no user config or profile, one
/// attempt, JSON output. A witness independent of our code that the sandbox's answers parse as AWS's.
/// </summary>
public static class AwsCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The executable, or null when there is none on PATH.</summary>
    public static string? Executable { get; } = Find();

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(SandboxHost host, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(host);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("aws is not on PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--endpoint-url", host.Endpoint.ToString(), "--region", SandboxAccount.Region, "--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_ECS" })
        {
            start.Environment.Remove(name);
        }

        var nowhere = Path.Combine(Path.GetTempPath(), "ewr-sandbox-tests-no-aws-config");
        start.Environment["AWS_ACCESS_KEY_ID"] = TestSigner.AccessKey;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "sandbox-secret-key";
        start.Environment["AWS_CONFIG_FILE"] = nowhere;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = nowhere;
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        start.Environment["AWS_PAGER"] = string.Empty;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aws {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .FirstOrDefault(File.Exists);
}
