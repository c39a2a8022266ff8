using System.Text.RegularExpressions;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// What a region name looks like (<c>us-east-1</c>, <c>eu-west-1</c>, <c>ap-southeast-2</c>, <c>us-gov-west-1</c>):
/// any such name is a region the sandbox answers in, as every region exists in a real account.
/// </summary>
internal static partial class RegionName
{
    public static bool IsValid(string? region) => region is not null && Pattern().IsMatch(region);

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$")]
    private static partial Regex Pattern();
}
