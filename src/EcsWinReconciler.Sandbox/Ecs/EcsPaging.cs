using System.Globalization;
using System.Text;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>ECS list pagination: <c>maxResults</c> 1–100 (default 100) and an opaque <c>nextToken</c>.</summary>
internal static class EcsPaging
{
    /// <param name="items">Everything the list call matches, in a stable order.</param>
    /// <param name="maxResults">The request's maxResults, if given.</param>
    /// <param name="nextToken">The request's nextToken, if given.</param>
    /// <param name="pageSize">The page size without maxResults: 100 for most lists, 10 for ListServices.</param>
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, int? maxResults, string? nextToken, int pageSize = 100)
    {
        if (maxResults is < 1 or > 100)
        {
            throw new ApiException("InvalidParameterException", "maxResults must be between 1 and 100.");
        }

        var start = nextToken is null ? 0 : Decode(nextToken);
        var page = items.Skip(start).Take(maxResults ?? pageSize).ToList();
        return (page, start + page.Count < items.Count ? Encode(start + page.Count) : null);
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("ecs-page:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("ecs-page:", StringComparison.Ordinal) &&
                int.TryParse(text.AsSpan("ecs-page:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through: ECS rejects tokens it did not issue.
        }

        throw new ApiException("InvalidParameterException", "Invalid nextToken.");
    }
}
