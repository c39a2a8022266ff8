namespace EcsWinReconciler.Cli.Backend;

/// <summary>Builds the backend once a command needs AWS; commands that do not (lint, spec validate, spec schema) never call it.</summary>
public interface IBackendFactory
{
    /// <summary>Creates the backend; throws <see cref="Hosting.CliException"/> when the options cannot work (e.g. a malformed endpoint).</summary>
    IBackend Create(BackendOptions options);
}
