using System.Net.Sockets;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// An AWS failure in words: which service and call, on what, at which endpoint, and why — a timeout, nothing
/// listening, the service's own error code and message — never a .NET type name. Pure, so every branch is tested.
/// </summary>
internal static partial class AwsFailureText
{
    public static string Describe(AdapterException error, Uri? endpoint, TimeSpan readTimeout)
    {
        ArgumentNullException.ThrowIfNull(error);
        var call = $"{ServiceName(error.Component)} {error.Operation}{(error.ResourceId is { } resource ? $" ({resource})" : string.Empty)}";
        var where = endpoint is null ? string.Empty : $" at {endpoint}";
        return $"{call} failed{where}: {Reason(error, readTimeout)}";
    }

    /// <summary>True when the failure is a call that got no answer in time (not a cancellation by the user).</summary>
    public static bool IsTimeout(Exception error) => Chain(error).Any(e => e is TimeoutException or TaskCanceledException);

    public static bool IsUnreachable(Exception error) => Chain(error).Any(e => e is HttpRequestException or SocketException);

    /// <summary>The service as people write it: DynamoDB, EC2, ECS, SNS.</summary>
    public static string ServiceName(string component) => component.ToLowerInvariant() switch
    {
        "dynamodb" => "DynamoDB",
        "ec2" => "EC2",
        "ecs" => "ECS",
        "sns" => "SNS",
        "sts" => "STS",
        "aws" => "AWS",
        _ => component,
    };

    /// <summary>A message with the .NET exception type names taken out ("AmazonClientException: x" → "x").</summary>
    public static string WithoutTypeNames(string message) => TypeName().Replace(message.Split('\n')[0].Trim(), string.Empty).Trim();

    private static string Reason(AdapterException error, TimeSpan readTimeout)
    {
        if (IsTimeout(error))
        {
            return $"no answer within {readTimeout.TotalSeconds:0.#} s (--read-timeout; --connect-timeout for the connection)";
        }

        if (IsUnreachable(error))
        {
            var refused = Chain(error).OfType<SocketException>().FirstOrDefault();
            return refused is null ? "the endpoint could not be reached" : $"the endpoint could not be reached ({refused.Message.ToLowerInvariant()})";
        }

        if (Chain(error).OfType<AmazonServiceException>().FirstOrDefault() is { } service)
        {
            return service.ErrorCode is { Length: > 0 } code ? $"{code}: {WithoutTypeNames(service.Message)}" : WithoutTypeNames(service.Message);
        }

        var message = error.Message;
        var own = message.IndexOf("): ", StringComparison.Ordinal) is var at and >= 0 ? message[(at + 3)..] : message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return WithoutTypeNames(own);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    // "AmazonClientException: ", "System.Net.Http.HttpRequestException: " — the type, not the news.
    [GeneratedRegex(@"\b(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Z][A-Za-z0-9_]*(?:Exception|Error)(?:`\d+)?: ")]
    private static partial Regex TypeName();
}
