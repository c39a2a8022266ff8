using System.Text.RegularExpressions;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// An EC2 filter (<c>Filter.N.Name</c>, <c>Filter.N.Value.M</c>): values are ORed, filters ANDed, <c>*</c> and
/// <c>?</c> are wildcards. Unknown filter names are rejected as EC2 rejects them.
/// </summary>
internal sealed record Ec2Filter(string Name, IReadOnlyList<string> Values)
{
    public static IReadOnlyList<Ec2Filter> Parse(QueryParameters parameters, IReadOnlyCollection<string> supported)
    {
        var filters = parameters.Structures("Filter")
            .Select(f => new Ec2Filter(f.Required("Name"), f.List("Value")))
            .ToList();
        foreach (var filter in filters.Where(f => !supported.Contains(f.Name)))
        {
            throw new ApiException("InvalidParameterValue", $"The filter '{filter.Name}' is invalid");
        }

        return filters;
    }

    public bool Matches(IEnumerable<string?> candidates) =>
        candidates.Any(c => c is not null && Values.Any(v => Glob(v, c)));

    public static bool MatchesAll(IReadOnlyList<Ec2Filter> filters, Func<string, IEnumerable<string?>> valuesOf) =>
        filters.All(f => f.Matches(valuesOf(f.Name)));

    private static bool Glob(string pattern, string value) =>
        !pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal)
            ? pattern == value
            : Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
