using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>
/// A stand-in for the real spec parser: documents are "key: value" lines (name, family, revision). A document without a name
/// does not parse, which is how tests store a spec that "no longer parses".
/// </summary>
internal static class TestSpecs
{
    public static TaskNetworkSpec Spec(string name, string family = "iis") =>
        new(new SpecMetadata(name, []), new SpecBody(new TaskSelector("win-prod", family), PlatformRequirement.Windows, null, null, null, RemediationSpec.AlertOnly, AlertSpec.Default));

    public static string Document(string name, string family = "iis", int revision = 0) => $"name: {name}\nfamily: {family}\nrevision: {revision}\n";

    public static TaskNetworkSpec Parse(string document)
    {
        var fields = document.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return fields.TryGetValue("name", out var name)
            ? Spec(name, fields.GetValueOrDefault("family", "*"))
            : throw new FormatException("metadata.name is required");
    }
}
