using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Places;

/// <summary>
/// The places a command looks at (issue 15): the hub's own and each one its specs select, those the filter keeps. A backend of
/// one place (the in-memory one) is one place of unknown account; its rows are told apart by their ARNs.
/// </summary>
internal static class WatchedPlaces
{
    /// <summary>What the tables hold about each place the filter keeps (<c>ewr status</c>, <c>ewr alerts</c>).</summary>
    public static async Task<IReadOnlyList<PlaceState>> StoredAsync(IBackend backend, PlaceFilter filter, CancellationToken cancellationToken)
    {
        var hub = await backend.PlacesAsync(homeAccountNeeded: filter.Account is not null, cancellationToken).ConfigureAwait(false);
        if (hub is null)
        {
            return [new PlaceState(null, StoredState.Of(backend.Ports))];
        }

        var all = await hub.PlacesAsync(cancellationToken).ConfigureAwait(false);
        var chosen = all.Where(filter.Matches).ToList();
        return chosen.Count > 0
            ? [.. chosen.Select(p => new PlaceState(p, backend.StoredStateOf(p)))]
            : throw new CliException($"the hub watches no place in {filter}", $"it watches {Describe(all, hub.Home)}", ExitCodes.Usage);
    }

    /// <summary>The one place <c>ewr reconcile --account/--task-region</c> acts in, and its ports (the member's role in a member).</summary>
    public static async Task<ChosenPlace> OneAsync(IBackend backend, PlaceFilter filter, CancellationToken cancellationToken)
    {
        var hub = await backend.PlacesAsync(homeAccountNeeded: filter.Account is not null, cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"{backend.Description} is one place; it takes no --account or --task-region", "leave them out");
        var all = await hub.PlacesAsync(cancellationToken).ConfigureAwait(false);
        var one = all.Where(filter.Matches).ToList() switch
        {
            [var only] => only,
            [] => throw new CliException($"the hub watches no place in {filter}", $"it watches {Describe(all, hub.Home)}", ExitCodes.Usage),
            var many => throw new CliException($"{many.Count} places are in {filter}: {Describe(many, hub.Home)}", "give both --account and --task-region to name one", ExitCodes.Usage),
        };
        try
        {
            return new ChosenPlace(one, hub.PortsFor(one).Ports, Member: one.Account.Length > 0 && one.Account != hub.Home.Account);
        }
        catch (InvalidOperationException e)
        {
            throw MemberAccess.NoRole(one, e);
        }
    }

    /// <summary>The hub's own place's ports: its own specs only; a backend of one place, its ports as they are.</summary>
    public static async Task<ReconcilerPorts> HomePortsAsync(IBackend backend, CancellationToken cancellationToken) =>
        await backend.PlacesAsync(homeAccountNeeded: false, cancellationToken).ConfigureAwait(false) is { } hub
            ? hub.PortsFor(hub.Home).Ports
            : backend.Ports;

    /// <summary>
    /// The ports to look at one task with (<c>ewr explain</c>): its place's, when its ARN names a member place the specs select
    /// (reached through the member role); else the hub's own place's.
    /// </summary>
    public static async Task<ReconcilerPorts> PortsOfTaskAsync(IBackend backend, string taskIdOrArn, CancellationToken cancellationToken)
    {
        if (await backend.PlacesAsync(homeAccountNeeded: false, cancellationToken).ConfigureAwait(false) is not { } hub)
        {
            return backend.Ports;
        }

        var place = AccountRegion.OfArn(taskIdOrArn);
        if (place is null || place == hub.Home || !(await hub.PlacesAsync(cancellationToken).ConfigureAwait(false)).Contains(place))
        {
            return hub.PortsFor(hub.Home).Ports;
        }

        try
        {
            return hub.PortsFor(place).Ports;
        }
        catch (InvalidOperationException e)
        {
            throw MemberAccess.NoRole(place, e);
        }
    }

    /// <summary>"111122223333/us-east-1 (the hub's own), 444455556666/eu-west-1".</summary>
    public static string Describe(IEnumerable<AccountRegion> places, AccountRegion home) =>
        string.Join(", ", places.Select(p => p == home ? $"{p} (the hub's own)" : p.ToString()));
}

/// <summary>The place <c>ewr reconcile</c> acts in, its ports, and whether it is a member's (reached through the member role).</summary>
internal sealed record ChosenPlace(AccountRegion Place, ReconcilerPorts Ports, bool Member);

/// <summary>One place read and what the tables hold about it; <see cref="Place"/> null for a backend of one place.</summary>
internal sealed record PlaceState(AccountRegion? Place, StoredState State);
