using System.Text.Json;
using static EcsWinReconciler.Core.Linting.TaskDefinitionView;

namespace EcsWinReconciler.Core.Linting;

/// <summary>Rules about container definitions on Windows.</summary>
internal static class ContainerRules
{
    public static IEnumerable<LintRule> All { get; } =
    [
        new("EWR-TD020", LintSeverity.Warning, "an IIS container on a Server Core image without IIS", IisWithoutIis),
        new("EWR-TD021", LintSeverity.Error, "privileged is not supported on Windows", Privileged),
        new("EWR-TD022", LintSeverity.Error, "linuxParameters on a Windows container", LinuxParameters),
        new("EWR-TD023", LintSeverity.Error, "no essential container", NoEssential),
        new("EWR-TD024", LintSeverity.Warning, "Windows container without container-level memory", NoContainerMemory),
        new("EWR-TD025", LintSeverity.Note, "Windows container runs as ContainerAdministrator", RunsAsAdmin),
    ];

    private static IEnumerable<(string, string, string)> IisWithoutIis(TaskDefinitionView view)
    {
        var family = String(view.Root, "family") ?? string.Empty;
        foreach (var (c, container) in view.Containers())
        {
            var name = String(container, "name") ?? string.Empty;
            var image = String(container, "image");
            if (WindowsImages.IsBareServerCore(image) &&
                (name.Contains("iis", StringComparison.OrdinalIgnoreCase) || family.Contains("iis", StringComparison.OrdinalIgnoreCase)))
            {
                var release = WindowsImages.LtscRelease(image) ?? "2022";
                yield return ($"containerDefinitions[{c}].image",
                    $"{image} is the bare Server Core base image: it has no IIS, so nothing listens on port 80 and the container exits or idles.",
                    $"Use mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc{release} (its entrypoint runs ServiceMonitor w3svc), or install IIS in your own image.");
            }
        }
    }

    private static IEnumerable<(string, string, string)> Privileged(TaskDefinitionView view) =>
        view.IsWindows
            ? view.Containers().Where(c => c.Element.TryGetProperty("privileged", out var p) && p.ValueKind == JsonValueKind.True)
                .Select(c => ($"containerDefinitions[{c.Index}].privileged", "privileged is not supported for Windows containers.", "Remove privileged."))
            : [];

    private static IEnumerable<(string, string, string)> LinuxParameters(TaskDefinitionView view) =>
        view.IsWindows
            ? view.Containers().Where(c => Has(c.Element, "linuxParameters"))
                .Select(c => ($"containerDefinitions[{c.Index}].linuxParameters", "linuxParameters do not apply to Windows containers.", "Remove linuxParameters."))
            : [];

    private static IEnumerable<(string, string, string)> NoEssential(TaskDefinitionView view)
    {
        var containers = view.Containers().ToList();
        if (containers.Count > 0 && containers.All(c => c.Element.TryGetProperty("essential", out var e) && e.ValueKind == JsonValueKind.False))
        {
            yield return ("containerDefinitions", "Every container is marked essential: false; a task needs at least one essential container.", "Mark the main container essential: true.");
        }
    }

    private static IEnumerable<(string, string, string)> NoContainerMemory(TaskDefinitionView view) =>
        view.IsWindows
            ? view.Containers().Where(c => !Has(c.Element, "memory") && !Has(c.Element, "memoryReservation"))
                .Select(c => ($"containerDefinitions[{c.Index}].memory",
                    "No container-level memory: task-level memory is ignored for Windows containers, so nothing limits or reserves this one.",
                    "Set memory (hard limit) or memoryReservation on the container."))
            : [];

    private static IEnumerable<(string, string, string)> RunsAsAdmin(TaskDefinitionView view) =>
        view.IsWindows
            ? view.Containers().Where(c => !Has(c.Element, "user"))
                .Select(c => ($"containerDefinitions[{c.Index}].user",
                    "No user is set, so the container runs as ContainerAdministrator (AWS Config: ecs-task-definition-windows-user-non-admin).",
                    "Set \"user\": \"ContainerUser\" unless the workload needs administrator rights."))
            : [];
}
