using System.Globalization;
using System.Xml.Linq;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>
/// Walks a Query-protocol XML body against the model's output shape and lists every element the model does not
/// know, and every scalar whose text does not fit its type or enum.
/// </summary>
public static class XmlShapeWalker
{
    /// <summary>
    /// Enums whose model spelling differs from the wire: the EC2 API reference says Instance.platform "is windows
    /// for Windows instances" while botocore's PlatformValues enum spells it "Windows".
    /// </summary>
    private static readonly HashSet<string> CaseInsensitiveEnums = ["PlatformValues"];

    public static List<string> Problems(ShapeModel model, string shape, XElement element, string defaultListItem)
    {
        var problems = new List<string>();
        Walk(model, shape, element, element.Name.LocalName, defaultListItem, problems);
        return problems;
    }

    private static void Walk(ShapeModel model, string shape, XElement element, string path, string listItem, List<string> problems)
    {
        switch (model.Type(shape))
        {
            case "structure":
                foreach (var child in element.Elements())
                {
                    var memberShape = model.MemberByWireName(shape, child.Name.LocalName);
                    if (memberShape is null)
                    {
                        problems.Add($"{path}/{child.Name.LocalName}: not a member of {shape}");
                        continue;
                    }

                    Walk(model, memberShape, child, $"{path}/{child.Name.LocalName}", listItem, problems);
                }

                break;
            case "list":
                var (itemShape, itemName) = model.ListMember(shape);
                foreach (var item in element.Elements())
                {
                    if (item.Name.LocalName != (itemName ?? listItem))
                    {
                        problems.Add($"{path}/{item.Name.LocalName}: list items of {shape} are <{itemName ?? listItem}>");
                    }

                    Walk(model, itemShape, item, $"{path}/{item.Name.LocalName}", listItem, problems);
                }

                break;
            default:
                CheckScalar(model, shape, element.Value, path, problems);
                break;
        }
    }

    private static void CheckScalar(ShapeModel model, string shape, string text, string path, List<string> problems)
    {
        var ok = model.Type(shape) switch
        {
            "boolean" => text is "true" or "false",
            "integer" or "long" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "double" or "float" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "timestamp" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) && text.EndsWith('Z'),
            _ => model.Enum(shape) is not { } values || values.Contains(text) ||
                 (CaseInsensitiveEnums.Contains(shape) && values.Contains(text, StringComparer.OrdinalIgnoreCase)),
        };
        if (!ok)
        {
            problems.Add($"{path}: '{text}' is not a valid {model.Type(shape)} ({shape})");
        }
    }
}
