using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Networking.Paths;

/// <summary>The paths from a task to one server for everything a check needs of it (<c>dns.path</c>: DNS; <c>ad.path</c>: every domain-member port).</summary>
public sealed record ServerPaths(string Check, string Purpose, Cidr Server, EquatableArray<PathTrace> Traces)
{
    public bool Passes => Traces.All(t => t.Passes);
}
