using System.Globalization;
using System.Text;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// EC2 pagination: <c>MaxResults</c> (5–1000, docs/FACTS.md §4.1/§4.3) and an opaque <c>NextToken</c>; without MaxResults
/// every item comes back in one page.
/// </summary>
internal static class Ec2Paging
{
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, QueryParameters parameters, int min = 5, int max = 1000)
    {
        var maxResults = parameters.Int("MaxResults");
        if (maxResults is { } m && (m < min || m > max))
        {
            throw new ApiException("InvalidParameterValue", $"Value ( {m} ) for parameter maxResults is invalid. Expecting a value between {min} and {max}.");
        }

        var start = parameters["NextToken"] is { } token ? Decode(token) : 0;
        var size = maxResults ?? int.MaxValue;
        var page = items.Skip(start).Take(size).ToList();
        var next = start + page.Count < items.Count && maxResults is not null ? Encode(start + page.Count) : null;
        return (page, next);
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox-page:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("sandbox-page:", StringComparison.Ordinal) &&
                int.TryParse(text.AsSpan("sandbox-page:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below, as EC2 rejects tokens it did not issue.
        }

        throw new ApiException("InvalidParameterValue", $"Invalid value '{token}' for nextToken");
    }
}
