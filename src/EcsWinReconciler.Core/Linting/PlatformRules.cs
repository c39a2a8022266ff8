using static EcsWinReconciler.Core.Linting.TaskDefinitionView;

namespace EcsWinReconciler.Core.Linting;

/// <summary>Rules about the task's platform: Windows must be stated, must match its images, and Fargate-only fields do not belong.</summary>
internal static class PlatformRules
{
    public static IEnumerable<LintRule> All { get; } =
    [
        new("EWR-TD001", LintSeverity.Error, "platformVersion is not a task definition field", PlatformVersion),
        new("EWR-TD002", LintSeverity.Warning, "Windows task without runtimePlatform.operatingSystemFamily", RuntimePlatformMissing),
        new("EWR-TD003", LintSeverity.Error, "runtimePlatform says Linux but the images are Windows", RuntimePlatformMismatch),
        new("EWR-TD004", LintSeverity.Error, "Windows image release differs from the runtime platform", ReleaseMismatch),
        new("EWR-TD005", LintSeverity.Note, "task-level cpu/memory are ignored for Windows containers", TaskLevelResources),
    ];

    private static IEnumerable<(string, string, string)> PlatformVersion(TaskDefinitionView view)
    {
        if (Has(view.Root, "platformVersion"))
        {
            yield return ("platformVersion",
                "platformVersion is not part of a task definition: it is a RunTask/CreateService parameter, and only for Fargate; EC2 Windows tasks have none.",
                "Remove platformVersion from the task definition.");
        }
    }

    private static IEnumerable<(string, string, string)> RuntimePlatformMissing(TaskDefinitionView view)
    {
        if (view.IsWindows && view.OperatingSystemFamily is null)
        {
            yield return ("runtimePlatform.operatingSystemFamily",
                "The images are Windows but the task definition does not say so; ECS defaults the platform to LINUX, and tools (this one included) must guess from the container instance.",
                "Add \"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\", \"cpuArchitecture\": \"X86_64\"} matching your hosts' AMI.");
        }
    }

    private static IEnumerable<(string, string, string)> RuntimePlatformMismatch(TaskDefinitionView view)
    {
        if (view.OperatingSystemFamily == "LINUX")
        {
            foreach (var (index, container) in view.Containers().Where(c => WindowsImages.IsWindowsImage(String(c.Element, "image"))))
            {
                yield return ($"containerDefinitions[{index}].image",
                    $"runtimePlatform.operatingSystemFamily is LINUX but {String(container, "image")} is a Windows image: the task will not be placed on Windows hosts.",
                    "Set operatingSystemFamily to the WINDOWS_SERVER_* value of your hosts.");
            }
        }
    }

    private static IEnumerable<(string, string, string)> ReleaseMismatch(TaskDefinitionView view)
    {
        var platformRelease = view.OperatingSystemFamily is { } os && os.StartsWith("WINDOWS_SERVER_", StringComparison.Ordinal) ? os.Split('_')[2] : null;
        if (platformRelease is null)
        {
            yield break;
        }

        foreach (var (index, container) in view.Containers())
        {
            if (WindowsImages.LtscRelease(String(container, "image")) is { } imageRelease && imageRelease != platformRelease)
            {
                yield return ($"containerDefinitions[{index}].image",
                    $"The image is Windows Server {imageRelease} but the runtime platform is {view.OperatingSystemFamily}: process-isolated Windows containers need the image release to match the host.",
                    $"Use an ltsc{platformRelease} image, or change the runtime platform and hosts to {imageRelease}.");
            }
        }
    }

    private static IEnumerable<(string, string, string)> TaskLevelResources(TaskDefinitionView view)
    {
        if (view.IsWindows && (Has(view.Root, "cpu") || Has(view.Root, "memory")))
        {
            yield return (Has(view.Root, "cpu") ? "cpu" : "memory",
                "Task-level cpu and memory are ignored for Windows containers on EC2; only the container-level values limit them.",
                "Set cpu and memory on each container definition.");
        }
    }
}
