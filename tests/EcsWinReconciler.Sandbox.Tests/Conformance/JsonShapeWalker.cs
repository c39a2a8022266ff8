using System.Text.Json;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>Walks an ECS JSON body against the model's output shape: unknown members, wrong JSON kinds, values outside enums.</summary>
public static class JsonShapeWalker
{
    public static List<string> Problems(ShapeModel model, string shape, JsonElement value, IReadOnlySet<string>? extraMembers = null)
    {
        var problems = new List<string>();
        Walk(model, shape, value, "$", extraMembers ?? new HashSet<string>(), problems);
        return problems;
    }

    private static void Walk(ShapeModel model, string shape, JsonElement value, string path, IReadOnlySet<string> extra, List<string> problems)
    {
        var type = model.Type(shape);
        switch (type)
        {
            case "structure" when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    var member = model.MemberByWireName(shape, property.Name);
                    if (member is null)
                    {
                        if (!extra.Contains($"{shape}.{property.Name}"))
                        {
                            problems.Add($"{path}.{property.Name}: not a member of {shape}");
                        }

                        continue;
                    }

                    Walk(model, member, property.Value, $"{path}.{property.Name}", extra, problems);
                }

                break;
            case "list" when value.ValueKind == JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(model, model.ListMember(shape).Shape, item, $"{path}[{i++}]", extra, problems);
                }

                break;
            case "map" when value.ValueKind == JsonValueKind.Object:
                break;
            case "string" when value.ValueKind == JsonValueKind.String:
                if (model.Enum(shape) is { } values && !values.Contains(value.GetString()!))
                {
                    problems.Add($"{path}: '{value.GetString()}' is not in {shape}'s enum");
                }

                break;
            case "boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
            case "integer" or "long" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "double" or "float" or "timestamp" when value.ValueKind == JsonValueKind.Number:
                break;
            default:
                problems.Add($"{path}: a {value.ValueKind} where {shape} wants a {type}");
                break;
        }
    }
}
