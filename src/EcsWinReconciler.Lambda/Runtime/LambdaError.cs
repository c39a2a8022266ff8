using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>The body of an error post (<c>…/invocation/{id}/error</c>, <c>…/init/error</c>), as the Runtime API defines it.</summary>
public sealed record LambdaError(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string>? StackTrace = null)
{
    /// <summary>The error type of an invocation cancelled because its deadline (minus the safety margin) passed.</summary>
    public const string DeadlineExceededType = "Runtime.DeadlineExceeded";

    private const int MaxStackLines = 30;

    /// <summary>Type and message of the exception (inner exceptions named in the message), and at most 30 stack lines.</summary>
    public static LambdaError From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.InnerException is { } inner
            ? $"{exception.Message} ---> {inner.GetType().Name}: {inner.Message}"
            : exception.Message;
        var stack = exception.StackTrace?
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxStackLines)
            .ToList();
        return new LambdaError(message, exception.GetType().FullName ?? exception.GetType().Name, stack is { Count: > 0 } ? stack : null);
    }

    public static LambdaError DeadlineExceeded(DateTimeOffset deadline, TimeSpan margin) =>
        new($"the invocation was cancelled {margin.TotalMilliseconds:0} ms before its deadline {deadline:O}", DeadlineExceededType);
}
