namespace EcsWinReconciler.Aws.Ecs;

/// <summary>The ECS errors the adapters tell apart (the model's exception shapes plus the documented common errors).</summary>
public enum EcsErrorKind
{
    /// <summary>ThrottlingException (or HTTP 429): retried with backoff; still failing after the last attempt.</summary>
    Throttling,

    /// <summary>ServerException or any 5xx: retried; still failing after the last attempt.</summary>
    Server,

    /// <summary>No answer: connection refused or reset, DNS failure, timeout.</summary>
    Network,

    ClientException,
    InvalidParameter,
    ClusterNotFound,
    ServiceNotFound,
    ServiceNotActive,
    AccessDenied,

    /// <summary>Any other code (the exception carries it).</summary>
    Other,
}
