using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Networking.Paths;

/// <summary>A path from a task ENI to one server for one service, hop by hop; it passes when every hop passes.</summary>
public sealed record PathTrace(string Server, PathService Service, EquatableArray<Hop> Hops)
{
    public bool Passes => Hops.All(h => h.Passes);

    public Hop? FirstBlock => Hops.FirstOrDefault(h => !h.Passes);
}
