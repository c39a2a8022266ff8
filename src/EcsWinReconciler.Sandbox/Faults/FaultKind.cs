namespace EcsWinReconciler.Sandbox.Faults;

/// <summary>What a fault rule does to a matching call.</summary>
public enum FaultKind
{
    /// <summary>The service's throttling error: EC2 RequestLimitExceeded (503), ECS ThrottlingException (400), SNS Throttling (400).</summary>
    Throttle,

    /// <summary>A 5xx with the service's internal-error code.</summary>
    ServerError,

    /// <summary>Answers normally after a delay (on the sandbox's TimeProvider).</summary>
    Latency,
}
