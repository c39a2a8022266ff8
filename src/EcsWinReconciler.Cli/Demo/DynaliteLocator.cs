using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// Where dynalite is: EWR_DYNALITE when set, else <c>node_modules/dynalite</c> in the current directory or one above it,
/// else above ewr's own files (a build in a clone: <c>npm ci</c> at the clone's root installs it there).
/// </summary>
internal static class DynaliteLocator
{
    public const string Variable = "EWR_DYNALITE";

    public static string Find(Func<string, string?> environment, IEnumerable<string> startDirectories, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is { Length: > 0 } given)
        {
            return exists(Path.Combine(given, "package.json"))
                ? given
                : throw new CliException($"{Variable}={given} is not a dynalite package (no package.json there)", $"point {Variable} at node_modules/dynalite, or unset it");
        }

        foreach (var start in startDirectories)
        {
            for (var directory = start; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                var candidate = Path.Combine(directory, "node_modules", "dynalite");
                if (exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        throw new CliException(
            "ewr demo --keep-running serves DynamoDB through dynalite, which is not installed here",
            $"run 'npm ci' at the root of the ecs-win-reconciler clone (Node.js 20 or newer), or set {Variable} to a node_modules/dynalite directory; 'ewr demo' without --keep-running needs neither",
            ExitCodes.Usage);
    }
}
