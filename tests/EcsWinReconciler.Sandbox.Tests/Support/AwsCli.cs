using System.Diagnostics;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>
/// The AWS CLI v2 run against a sandbox: throwaway credentials, no user config or profile, one attempt, JSON output,
/// the endpoint passed as --endpoint-url (AWS CLI 2.9, Debian's, ignores AWS_ENDPOINT_URL). A witness independent of
/// our code that the sandbox's answers parse as AWS's.
/// </summary>
public static class AwsCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The AWS CLI v2 executable (Debian's awscli package, or any v2 on PATH), or null when there is none.</summary>
    public static string? Executable => Found.Value.Path;

    /// <summary>Why <see cref="Executable"/> is null: what was found instead, and how to install v2.</summary>
    public static string? Missing => Found.Value.Reason;

    private static readonly Lazy<(string? Path, string? Reason)> Found = new(Find);

    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(SandboxHost host, params string[] arguments) =>
        RunInRegionAsync(host, SandboxAccount.Region, arguments);

    /// <summary>As <see cref="RunAsync"/>, signed for <paramref name="region"/> (the hub's keys: the hub account's world there).</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunInRegionAsync(SandboxHost host, string region, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(host);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("aws is not on PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--endpoint-url", host.Endpoint.ToString(), "--region", region, "--output", "json"]))
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

    // Version 2 only: version 1 (pyenv's, pip's) parses differently and is not the client people run. Debian's
    // /usr/bin/aws first, as .ci/run installs it there, even when another aws comes earlier on PATH.
    private static (string? Path, string? Reason) Find()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .Prepend("/usr/bin/aws")
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var versions = candidates.Select(path => (Path: path, Version: VersionOf(path))).ToList();
        if (versions.FirstOrDefault(v => v.Version.StartsWith("aws-cli/2.", StringComparison.Ordinal)) is { Path: { } found })
        {
            return (found, null);
        }

        var seen = versions.Count == 0 ? "no aws on PATH" : string.Join("; ", versions.Select(v => $"{v.Path} is {(v.Version.Length > 0 ? v.Version.Split(' ')[0] : "unreadable")}"));
        return (null, $"the AWS CLI v2 is needed to check the sandbox with an independent client ({seen}); install it (Debian: apt-get install awscli, as .ci/run does)");
    }

    private static string VersionOf(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            return process.WaitForExit(30_000) ? output.Trim() : string.Empty;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return string.Empty;
        }
    }
}
