using System.Net;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Errors;

/// <summary>
/// One failed AWS call, as <see cref="AwsErrorTranslator"/> read it: what AWS or the transport said, the error
/// code and HTTP status when AWS answered, whether there was no answer at all (<see cref="IsNetwork"/>), and
/// whether the next run may succeed.
/// </summary>
internal sealed record AwsFailure(
    string Component,
    string Operation,
    string? ResourceId,
    string Message,
    string? ErrorCode,
    HttpStatusCode? StatusCode,
    bool IsTransient,
    bool IsNetwork,
    Exception Cause)
{
    /// <summary>"Code: message", the form logs and outcomes show; the message alone when there is no code.</summary>
    public static string Describe(string? errorCode, string message) =>
        errorCode is null || message == errorCode ? message : $"{errorCode}: {message}";

    public AdapterException ToException() =>
        new(Component, Operation, ResourceId, Describe(ErrorCode, Message), IsTransient, ErrorCode, Cause);
}
