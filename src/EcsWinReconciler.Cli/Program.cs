using EcsWinReconciler.Cli;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Hosting;

var backends = new AwsBackendFactory(Environment.GetEnvironmentVariable, TimeProvider.System, Console.Error);
return await EwrApp.RunAsync(args, CliHost.System(backends)).ConfigureAwait(false);
