using System.Runtime.InteropServices;
using EcsWinReconciler.Lambda;
using EcsWinReconciler.Lambda.Composition;

// Lambda sends SIGTERM before it shuts an environment down: finish the current post and stop asking for work.
using var shutdown = new CancellationTokenSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    shutdown.Cancel();
});

// The Runtime API's "next" is a long poll: no client-side timeout. It is local: never through a proxy a user may
// have configured for outbound AWS calls.
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
return await LambdaEntryPoint.RunAsync(Environment.GetEnvironmentVariable, new AwsPortsFactory(), http, Console.Out, TimeProvider.System, shutdown.Token).ConfigureAwait(false);
