namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>How tasks move through their lifecycle.</summary>
public enum LifecycleMode
{
    /// <summary>Every ECS write (RunTask, StopTask, UpdateService) runs the schedulers until nothing changes.</summary>
    Immediate,

    /// <summary>Tasks move only when the admin steps them (<see cref="Hosting.SandboxAdmin.Step"/>), one status per step.</summary>
    Manual,
}
