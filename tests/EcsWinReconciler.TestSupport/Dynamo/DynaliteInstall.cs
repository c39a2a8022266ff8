using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.TestSupport.Dynamo;

/// <summary>
/// Makes sure the dynalite pinned in the repository's package.json / package-lock.json is installed under
/// <c>node_modules</c>, running <c>npm ci</c> when it is missing or another version, so a plain <c>dotnet test</c> works on
/// any machine with Node.js. Test assemblies run in parallel, so the install is serialised by a lock file.
/// </summary>
public static class DynaliteInstall
{
    private const string WhatFor = "to run the DynamoDB store tests against dynalite (a DynamoDB-compatible server, pinned in package.json)";

    public static string DynaliteDirectory => Path.Combine(RepositoryPaths.RepositoryRoot, "node_modules", "dynalite");

    public static string NodeExecutable => "node";

    private static string NpmExecutable => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    /// <summary>Checks Node.js (>= 20, what dynalite 4 needs) and installs dynalite when needed; returns its directory.</summary>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await CheckNodeAsync(cancellationToken);
        var pinned = PinnedVersion();
        if (InstalledVersion() == pinned)
        {
            return DynaliteDirectory;
        }

        using var installLock = await AcquireLockAsync(cancellationToken);
        if (InstalledVersion() != pinned)
        {
            var (exitCode, output) = await ProcessRunner.RunAsync(
                NpmExecutable, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], RepositoryPaths.RepositoryRoot, WhatFor, cancellationToken);
            if (exitCode != 0 || InstalledVersion() != pinned)
            {
                throw new InvalidOperationException(
                    $"`npm ci` in {RepositoryPaths.RepositoryRoot} did not install dynalite {pinned} (exit code {exitCode}). Its output:\n{output}");
            }
        }

        return DynaliteDirectory;
    }

    private static async Task CheckNodeAsync(CancellationToken cancellationToken)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync(NodeExecutable, ["--version"], RepositoryPaths.RepositoryRoot, WhatFor, cancellationToken);
        var text = output.Trim();
        var major = text.StartsWith('v') && int.TryParse(text[1..].Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        if (exitCode != 0 || major < 20)
        {
            throw new InvalidOperationException($"Node.js 20 or newer is needed {WhatFor}; `node --version` said: {text}");
        }
    }

    private static string PinnedVersion()
    {
        var path = Path.Combine(RepositoryPaths.RepositoryRoot, "package.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("dependencies", out var dependencies) && dependencies.TryGetProperty("dynalite", out var version)
            ? version.GetString() ?? ""
            : throw new InvalidOperationException($"{path} does not pin dynalite under \"dependencies\"");
    }

    private static string? InstalledVersion()
    {
        var path = Path.Combine(DynaliteDirectory, "package.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    // One lock per clone, outside it (npm ci deletes node_modules), shared by every test process on the machine.
    private static async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RepositoryPaths.RepositoryRoot)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"ecs-win-reconciler-npm-ci-{id}.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }
}
