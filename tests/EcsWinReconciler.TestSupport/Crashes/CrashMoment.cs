namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary>Where, around the port call it stops at, a simulated crash lands.</summary>
public enum CrashMoment
{
    /// <summary>The call never reaches the service: the process died just before sending it.</summary>
    BeforeTheCall,

    /// <summary>The service applied the call, but the process died before its answer came back.</summary>
    AfterTheCallApplied,
}
