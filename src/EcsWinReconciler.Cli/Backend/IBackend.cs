using EcsWinReconciler.Aws.DynamoDb;
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

    /// <summary>The ARN the credentials belong to (STS GetCallerIdentity): who <c>ewr except add</c> records.</summary>
    Task<string> CallerArnAsync(CancellationToken cancellationToken);
}
