using EcsWinReconciler.Aws.DynamoDb;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>Builds the backend once a command needs AWS; commands that do not (lint, spec validate, spec schema) never call it.</summary>
public interface IBackendFactory
{
    /// <summary>Creates the backend; throws <see cref="Hosting.CliException"/> when the options cannot work (e.g. a malformed endpoint).</summary>
    IBackend Create(BackendOptions options);

    /// <summary>The table names the options (or the EWR_* variables) give, without touching AWS (<c>ewr setup --dry-run</c>).</summary>
    DynamoTableNames TablesFor(BackendOptions options);
}
