using Amazon.EC2.Model;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Batching and paging rules shared by the EC2 reads. EC2 pages hold 5–1000 items (docs/FACTS.md §4.1, §4.3);
/// 200 values per filter or id list keeps each request under the commonly quoted FilterLimitExceeded cap.
/// </summary>
internal static class Ec2Paging
{
    public const int PageSize = 1000;
    public const int IdsPerCall = 200;

    public static Filter Filter(string name, IEnumerable<string> values) => new(name, [.. values]);

    /// <summary>Follows NextToken until EC2 stops returning one (or repeats itself, which would loop forever).</summary>
    public static async Task<List<TItem>> CollectAsync<TItem>(Func<string?, Task<(List<TItem>? Items, string? NextToken)>> page)
    {
        var items = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var (pageItems, next) = await page(token).ConfigureAwait(false);
            items.AddRange(pageItems ?? []);
            token = string.IsNullOrEmpty(next) || !seen.Add(next) ? null : next;
        }
        while (token is not null);

        return items;
    }

    /// <summary>Distinct, non-empty ids in the caller's order.</summary>
    public static List<string> DistinctIds(IEnumerable<string> ids) =>
        [.. ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)];
}
