using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// The one place an exception becomes a message and an exit code. Every message says what was wrong and what to do
/// (<c>error:</c> then <c>hint:</c>), with no .NET type names; stack traces only with --verbose, and only for the unexpected.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(Exception error, TextWriter stderr, bool verbose, Uri? endpoint, CancellationToken cancellationToken = default, TimeSpan? readTimeout = null, int? width = null)
    {
        var timeout = readTimeout ?? CommonOptions.DefaultReadTimeout;
        switch (error)
        {
            case CliException cli:
                Write(stderr, cli.Message, cli.Hint, width);
                return cli.ExitCode;
            case AdapterException aws:
                Write(stderr, AwsFailureText.Describe(aws, endpoint, timeout), AwsErrorHints.For(aws, endpoint), width);
                if (verbose && aws.InnerException is { } inner)
                {
                    stderr.WriteLine($"cause: {inner.GetType().FullName}: {inner.Message}");
                }

                return ExitCodes.Aws;
            case AmazonServiceException or AmazonClientException:
                // An SDK failure no adapter translated (e.g. credentials resolved while building a client).
                return Report(AsAdapterFailure(error), stderr, verbose, endpoint, cancellationToken, timeout, width);
            case OperationCanceledException when !cancellationToken.IsCancellationRequested && AwsFailureText.IsTimeout(error):
                // The SDK's own deadline (HttpClient.Timeout), not Ctrl+C: an AWS call got no answer in time.
                return Report(new AdapterException("aws", "call", null, "timed out", isTransient: true, innerException: error), stderr, verbose, endpoint, cancellationToken, timeout, width);
            case OperationCanceledException:
                Write(stderr, "cancelled", "nothing after the interruption was done; run the command again to finish", width);
                return ExitCodes.Cancelled;
            default:
                Write(stderr, $"unexpected failure: {AwsFailureText.WithoutTypeNames(error.Message)}",
                    verbose ? "this is a bug in ewr; please report it with the trace below" : "this is a bug in ewr; run again with --verbose and report the trace", width);
                if (verbose)
                {
                    stderr.WriteLine(error.ToString());
                }

                return ExitCodes.Internal;
        }
    }

    private static AdapterException AsAdapterFailure(Exception error) =>
        new("aws", "request", null, AwsFailureText.WithoutTypeNames(error.Message), isTransient: false, errorCode: (error as AmazonServiceException)?.ErrorCode, innerException: error);

    /// <summary>
    /// <c>error: …</c> and <c>hint: …</c>; on a terminal (<paramref name="width"/> given) wrapped at spaces under the text,
    /// so an ARN or a path is never split by the terminal's own wrapping.
    /// </summary>
    public static void Write(TextWriter stderr, string message, string? hint, int? width = null)
    {
        Line(stderr, "error: ", message, width);
        if (hint is not null)
        {
            Line(stderr, "hint: ", hint, width);
        }
    }

    /// <summary>
    /// One labelled line (<c>error: </c>, <c>hint: </c>, <c>file:line:col: </c>), its wrapped parts under the text; under
    /// a short indent instead when the label takes more than half the width (a deep path would leave the text a sliver).
    /// </summary>
    public static void Line(TextWriter stderr, string label, string text, int? width)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(label);
        var hang = width is { } columns && label.Length > columns / 2 ? LongLabelIndent : label.Length;
        Output.Prose.Write(stderr, label + text, hang, width);
    }

    private const int LongLabelIndent = 4;
}
