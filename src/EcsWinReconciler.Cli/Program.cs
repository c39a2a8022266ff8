using EcsWinReconciler.Cli;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Hosting;

// ewr watches its own HTTP calls (slow-call notice) through HttpClient's activities; they must add no trace header to AWS calls.
System.Diagnostics.DistributedContextPropagator.Current = System.Diagnostics.DistributedContextPropagator.CreateNoOutputPropagator();
var backends = new AwsBackendFactory(Environment.GetEnvironmentVariable, TimeProvider.System, Console.Error);
return await EwrApp.RunAsync(args, CliHost.System(backends)).ConfigureAwait(false);
