namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// The one exception family adapters throw: what failed (component, operation), on which resource, and whether
/// retrying later may help. SDK exceptions are translated into it once, at the adapter edge.
/// </summary>
public class AdapterException : Exception
{
    public AdapterException(string component, string operation, string? resourceId, string message, bool isTransient = false, string? errorCode = null, Exception? innerException = null)
        : base(Format(component, operation, resourceId, message), innerException)
    {
        Component = component;
        Operation = operation;
        ResourceId = resourceId;
        IsTransient = isTransient;
        ErrorCode = errorCode;
    }

    public AdapterException()
        : this("unknown", "unknown", null, "adapter failure")
    {
    }

    public AdapterException(string message)
        : this("unknown", "unknown", null, message)
    {
    }

    public AdapterException(string message, Exception innerException)
        : this("unknown", "unknown", null, message, innerException: innerException)
    {
    }

    public string Component { get; }

    public string Operation { get; }

    public string? ResourceId { get; }

    /// <summary>Throttling, 5xx, timeouts: the next run may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>The service's error code (e.g. <c>UnauthorizedOperation</c>), when there was one.</summary>
    public string? ErrorCode { get; }

    private static string Format(string component, string operation, string? resourceId, string message) =>
        resourceId is null ? $"{component} {operation}: {message}" : $"{component} {operation} ({resourceId}): {message}";
}
