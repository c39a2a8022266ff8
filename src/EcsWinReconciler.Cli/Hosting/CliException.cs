namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// A failure the user can fix, with what was wrong (<see cref="Exception.Message"/>) and what to do (<see cref="Hint"/>).
/// Thrown by command services; <see cref="ErrorReporter"/> prints it and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class CliException : Exception
{
    public CliException(string message, string? hint = null, int exitCode = ExitCodes.Usage)
        : base(message)
    {
        Hint = hint;
        ExitCode = exitCode;
    }

    public CliException()
        : this("ewr failed")
    {
    }

    public CliException(string message)
        : this(message, hint: null)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Usage;
    }

    public string? Hint { get; }

    public int ExitCode { get; }
}
