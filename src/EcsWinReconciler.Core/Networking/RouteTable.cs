using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Networking;

/// <summary>A subnet's route table: traffic to an address takes the most specific route that covers it (longest prefix, docs/FACTS.md §6.2).</summary>
public sealed record RouteTable(string Id, EquatableArray<RouteEntry> Routes)
{
    /// <summary>The route traffic to <paramref name="address"/> takes; null when no route covers it (the traffic has nowhere to go).</summary>
    public RouteEntry? RouteTo(Cidr address)
    {
        // A loop, not LINQ: every traced path asks, for every healthy task. The first of equally specific routes wins.
        RouteEntry? best = null;
        foreach (var route in Routes)
        {
            if (route.Destination.Contains(address) && (best is null || route.Destination.PrefixLength > best.Destination.PrefixLength))
            {
                best = route;
            }
        }

        return best;
    }
}
