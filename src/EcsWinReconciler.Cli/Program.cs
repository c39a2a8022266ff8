using EcsWinReconciler.Cli;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Hosting;

return await EwrApp.RunAsync(args, CliHost.System(new UnavailableBackendFactory())).ConfigureAwait(false);
