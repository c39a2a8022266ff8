using System.Text.RegularExpressions;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>EC2 id shape checks (prefix + 8 or 17 hex digits) and the Malformed / NotFound errors EC2 gives.</summary>
internal static partial class Ec2Ids
{
    public static void CheckShape(string id, string prefix, string malformedCode)
    {
        if (!id.StartsWith(prefix + "-", StringComparison.Ordinal) || !HexTail().IsMatch(id[(prefix.Length + 1)..]))
        {
            throw new Wire.ApiException(malformedCode, $"Invalid id: \"{id}\" (expecting \"{prefix}-...\")");
        }
    }

    public static Wire.ApiException NotFound(string code, string noun, string id) =>
        new(code, $"The {noun} ID '{id}' does not exist");

    [GeneratedRegex("^([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex HexTail();
}
