using System.Text.Json;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>A botocore service model (service-2.json) read for shape checks: operations, shapes, members, wire names.</summary>
public sealed class ShapeModel(JsonDocument document)
{
    private readonly JsonElement _root = document.RootElement;

    public JsonElement Shape(string name) => _root.GetProperty("shapes").GetProperty(name);

    public string? OutputShape(string operation) =>
        _root.GetProperty("operations").GetProperty(operation).TryGetProperty("output", out var output) ? output.GetProperty("shape").GetString() : null;

    public bool HasOperation(string operation) => _root.GetProperty("operations").TryGetProperty(operation, out _);

    public string Type(string shape) => Shape(shape).GetProperty("type").GetString()!;

    public IReadOnlyList<string>? Enum(string shape) =>
        Shape(shape).TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : null;

    /// <summary>Member shape by the name it has on the wire (locationName, else the member name).</summary>
    public string? MemberByWireName(string structure, string wireName)
    {
        foreach (var member in Shape(structure).GetProperty("members").EnumerateObject())
        {
            var name = member.Value.TryGetProperty("locationName", out var location) ? location.GetString() : member.Name;
            if (name == wireName)
            {
                return member.Value.GetProperty("shape").GetString();
            }
        }

        return null;
    }

    public (string Shape, string? WireName) ListMember(string list)
    {
        var member = Shape(list).GetProperty("member");
        return (member.GetProperty("shape").GetString()!, member.TryGetProperty("locationName", out var l) ? l.GetString() : null);
    }

    /// <summary>Error codes the model declares (the shape name, or error.code when given, as SNS does).</summary>
    public IReadOnlySet<string> ErrorCodes() =>
        _root.GetProperty("shapes").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("exception", out var e) && e.GetBoolean())
            .Select(s => s.Value.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString()! : s.Name)
            .ToHashSet();
}

/// <summary>Shape-check assertions that print every problem, not a truncated list.</summary>
public static class ShapeAssert
{
    public static void NoProblems(IReadOnlyCollection<string> problems) =>
        Assert.True(problems.Count == 0, "problems:\n" + string.Join("\n", problems));
}
