using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// The CLI's one dependency on AWS: the reconciler's ports (spec, status and alert stores among them), built from
/// the common options, and the stack's tables for <c>ewr setup</c>. The AWS implementation talks to DynamoDB, ECS,
/// EC2 and SNS; tests use an in-memory one.
/// </summary>
public interface IBackend : IDisposable
{
    ReconcilerPorts Ports { get; }

    /// <summary>The ports as a function gets them (<c>ewr invoke</c>): on AWS with the call count, caches and deadline too.</summary>
    FunctionPorts FunctionPorts => new(Ports);

    /// <summary>Where the backend points, for --verbose and error messages ("AWS eu-west-1, profile prod").</summary>
    string Description { get; }

    /// <summary>Creates the Specs and State tables as template.yaml declares them; leaves (and compares) tables that exist.</summary>
    Task<IReadOnlyList<TableSetupResult>> CreateTablesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The hub's places (issue 15): its own account and region, and each one its specs select with <c>selector.account</c> /
    /// <c>selector.region</c>, with the ports of each. Null for a backend of one place (the in-memory one): <see cref="Ports"/> is all.
    /// The hub's own account comes from <c>EWR_ACCOUNT_ID</c> (as the functions get it), else, when
    /// <paramref name="homeAccountNeeded"/> or the specs name more than one place, from STS (the credentials' account).
    /// </summary>
    Task<IPlaces?> PlacesAsync(bool homeAccountNeeded, CancellationToken cancellationToken) => Task.FromResult<IPlaces?>(null);

    /// <summary>What the tables hold about one of the places <see cref="PlacesAsync"/> answered (for a backend of one place, its own).</summary>
    StoredState StoredStateOf(AccountRegion place) => StoredState.Of(Ports);

    /// <summary>The ARN the credentials belong to (STS GetCallerIdentity): who <c>ewr except add</c> records.</summary>
    Task<string> CallerArnAsync(CancellationToken cancellationToken);
}
