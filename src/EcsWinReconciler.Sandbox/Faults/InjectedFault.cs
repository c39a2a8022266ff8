using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Faults;

/// <summary>What the fault plan decided for one call: a delay first, then maybe an error instead of the answer.</summary>
internal sealed record InjectedFault(TimeSpan Delay, ApiException? Error)
{
    public static InjectedFault None { get; } = new(TimeSpan.Zero, null);

    public static ApiException Throttling(string service) => service switch
    {
        "ec2" => new ApiException("RequestLimitExceeded", "Request limit exceeded.", 503),
        "ecs" => new ApiException("ThrottlingException", "Rate exceeded"),
        _ => new ApiException("Throttling", "Rate exceeded"),
    };

    public static ApiException Internal(string service, int status) => service switch
    {
        "ec2" => new ApiException(status == 503 ? "Unavailable" : "InternalError", status == 503 ? "The server is overloaded and can't handle the request." : "An internal error has occurred", status),
        "ecs" => new ApiException("ServerException", "Service Unavailable. Please try again later.", status),
        _ => new ApiException("InternalError", "Internal Error", status),
    };
}
