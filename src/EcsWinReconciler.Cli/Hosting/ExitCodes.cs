namespace EcsWinReconciler.Cli.Hosting;

/// <summary>What <c>ewr</c> exits with; scripts and CI branch on these, so they never change meaning.</summary>
public static class ExitCodes
{
    /// <summary>Done, nothing to report.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and found drift, lint errors, differences or a lost apply race.</summary>
    public const int Findings = 1;

    /// <summary>The command line or the input was wrong (bad option, invalid spec, missing file): nothing was changed.</summary>
    public const int Usage = 2;

    /// <summary>AWS (or the endpoint standing in for it) failed or refused: credentials, permissions, network, throttling.</summary>
    public const int Aws = 3;

    /// <summary>A bug in ewr: an exception nobody expected (run again with --verbose and report it).</summary>
    public const int Internal = 4;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
