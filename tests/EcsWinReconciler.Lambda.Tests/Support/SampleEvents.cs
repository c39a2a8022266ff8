using System.Text;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>The project's sample events (events/ at the repository root), as bytes and text.</summary>
internal static class SampleEvents
{
    public const string TaskRunning = "task-state-running.json";
    public const string TaskStopped = "task-state-stopped.json";
    public const string ApiChangeAuthorizeRdp = "api-change-authorize-rdp.json";
    public const string ResyncSchedule = "resync-schedule.json";
    public const string SpecChangeModify = "spec-change-modify.json";

    public static string Directory => Path.Combine(RepositoryPaths.RepositoryRoot, "events");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
