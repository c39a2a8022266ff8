using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>The accounts and regions a hub watches (issue 15) and the ports of each (<see cref="AwsBackend"/>).</summary>
public interface IPlaces
{
    /// <summary>The hub's own account (empty when unknown) and region.</summary>
    AccountRegion Home { get; }

    /// <summary>Every place the stored specs select tasks in, <see cref="Home"/> first.</summary>
    Task<IReadOnlyList<AccountRegion>> PlacesAsync(CancellationToken cancellationToken);

    /// <summary>The ports of one place, built on first use and kept.</summary>
    PlacePorts PortsFor(AccountRegion place);
}
