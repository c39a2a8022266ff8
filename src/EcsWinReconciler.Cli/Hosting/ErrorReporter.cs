using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// The one place an exception becomes a message and an exit code. Every message says what was wrong and what to do
/// (<c>error:</c> then <c>hint:</c>); stack traces only with --verbose, and only for the unexpected.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(Exception error, TextWriter stderr, bool verbose, Uri? endpoint)
    {
        switch (error)
        {
            case CliException cli:
                Write(stderr, cli.Message, cli.Hint);
                return cli.ExitCode;
            case AdapterException aws:
                Write(stderr, $"AWS call failed: {aws.Message}", AwsErrorHints.For(aws, endpoint));
                if (verbose && aws.InnerException is { } inner)
                {
                    stderr.WriteLine($"cause: {inner.GetType().FullName}: {inner.Message}");
                }

                return ExitCodes.Aws;
            case AmazonServiceException or AmazonClientException:
                // An SDK failure no adapter translated (e.g. credentials resolved while building a client).
                return Report(AsAdapterFailure(error), stderr, verbose, endpoint);
            case OperationCanceledException:
                Write(stderr, "cancelled", "nothing after the interruption was done; run the command again to finish");
                return ExitCodes.Cancelled;
            default:
                Write(stderr, $"unexpected {error.GetType().Name}: {error.Message}",
                    verbose ? "this is a bug in ewr; please report it with the trace below" : "this is a bug in ewr; run again with --verbose and report the trace");
                if (verbose)
                {
                    stderr.WriteLine(error.ToString());
                }

                return ExitCodes.Internal;
        }
    }

    private static AdapterException AsAdapterFailure(Exception error) =>
        new("aws", "request", null, error.Message.Split('\n')[0].TrimEnd(), isTransient: false, errorCode: (error as AmazonServiceException)?.ErrorCode, innerException: error);

    public static void Write(TextWriter stderr, string message, string? hint)
    {
        stderr.WriteLine($"error: {message}");
        if (hint is not null)
        {
            stderr.WriteLine($"hint: {hint}");
        }
    }
}
