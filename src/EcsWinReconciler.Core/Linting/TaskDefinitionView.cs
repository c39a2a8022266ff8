using System.Text.Json;

namespace EcsWinReconciler.Core.Linting;

/// <summary>
/// Read-only helpers over a task definition as JSON (a RegisterTaskDefinition input or a DescribeTaskDefinition
/// <c>taskDefinition</c>), so rules stay one-liners about the fields they check.
/// </summary>
public sealed class TaskDefinitionView(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public string? NetworkMode => String(Root, "networkMode");

    public string? OperatingSystemFamily =>
        Root.TryGetProperty("runtimePlatform", out var platform) && platform.ValueKind == JsonValueKind.Object ? String(platform, "operatingSystemFamily") : null;

    /// <summary>Windows when the runtime platform says so, or when any image is a Windows base image.</summary>
    public bool IsWindows =>
        OperatingSystemFamily?.StartsWith("WINDOWS", StringComparison.OrdinalIgnoreCase) == true ||
        (OperatingSystemFamily is null && Containers().Any(c => WindowsImages.IsWindowsImage(String(c.Element, "image"))));

    public bool IsAwsvpc => NetworkMode == "awsvpc";

    public IEnumerable<(int Index, JsonElement Element)> Containers() =>
        Root.TryGetProperty("containerDefinitions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select((e, i) => (i, e))
            : [];

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static IEnumerable<(int Index, JsonElement Element)> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select((e, i) => (i, e))
            : [];
}
