using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// Set questions about short id lists (a service's groups and subnets: a handful each), answered by scanning
/// instead of building hash sets: same answers, nothing allocated.
/// </summary>
internal static class IdSets
{
    /// <summary>Every item of <paramref name="items"/> is in one of <paramref name="sets"/>.</summary>
    public static bool AllIn(EquatableArray<string> items, params ReadOnlySpan<EquatableArray<string>> sets)
    {
        foreach (var item in items)
        {
            if (!InAny(item, sets))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same set of ids, duplicates and order aside.</summary>
    public static bool SameSet(EquatableArray<string> a, EquatableArray<string> b) => AllIn(a, b) && AllIn(b, a);

    private static bool InAny(string item, ReadOnlySpan<EquatableArray<string>> sets)
    {
        foreach (var set in sets)
        {
            if (set.AsImmutableArray().Contains(item, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
