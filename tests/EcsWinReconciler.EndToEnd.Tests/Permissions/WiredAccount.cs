using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// The real adapters as the Lambdas wire them (<see cref="AwsBackend"/>) on the sandbox (EC2, ECS, SNS) and dynalite
/// behind a <see cref="DynamoWireTap"/>, with each port call recorded as the wire calls it made. Calls must be made one
/// at a time: what reaches the wire between a call's start and end is that call's.
/// </summary>
internal sealed class WiredAccount : IAsyncDisposable
{
    private readonly List<PortRecording> _recordings = [];

    private WiredAccount(SandboxHost sandbox, DynamoWireTap tap, FakeTimeProvider time, AwsBackend backend)
    {
        Sandbox = sandbox;
        Tap = tap;
        Time = time;
        Backend = backend;
    }

    public SandboxHost Sandbox { get; }

    public DynamoWireTap Tap { get; }

    public AwsBackend Backend { get; }

    public FakeTimeProvider Time { get; }

    public ReconcilerPorts Ports => Backend.Ports;

    public IReadOnlyList<PortRecording> Recordings => _recordings;

    public string ClusterArn => Sandbox.State.Read(w => w.Clusters.Values.Single(c => c.Name == ScenarioIds.ClusterName).Arn);

    public static async Task<WiredAccount> StartAsync(DynaliteFixture dynamo, string scenario, [CallerMemberName] string test = "")
    {
        var sandbox = await SandboxHost.StartAsync(scenario);
        var tables = await dynamo.CreateTablesAsync(test);
        var tap = DynamoWireTap.Start(dynamo.Server.ServiceUrl, tables);
        var settings = new AwsSettings
        {
            Region = "us-east-1",
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            EndpointUrl = sandbox.Endpoint,
            ServiceEndpointUrls = new Dictionary<string, Uri> { ["DynamoDB"] = tap.Endpoint },
            MaxAttempts = 1,
        };
        var deployment = new ReconcilerDeployment(tables, ScenarioIds.TopicArn, new RemediationBudgetOptions(1, TimeSpan.FromHours(1)))
        {
            RecheckQueueUrl = ScenarioIds.RecheckQueueUrl,
        };
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 25, 12, 0, 0, TimeSpan.Zero));
        return new WiredAccount(sandbox, tap, time, new AwsBackend(settings, deployment, time));
    }

    /// <summary>Calls a port method (found in the expression) and records its wire calls; a <c>dryRun</c> argument marks a dry run.</summary>
    public async Task<TResult> CallAsync<TPort, TResult>(Expression<Func<TPort, Task<TResult>>> call)
        where TPort : class
    {
        TResult result = default!;
        await RecordAsync<TPort>(call, async port => result = await call.Compile()(port));
        return result;
    }

    public Task CallAsync<TPort>(Expression<Func<TPort, Task>> call)
        where TPort : class =>
        RecordAsync<TPort>(call, port => call.Compile()(port));

    public async ValueTask DisposeAsync()
    {
        Backend.Dispose();
        await Tap.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private async Task RecordAsync<TPort>(LambdaExpression call, Func<TPort, Task> invoke)
        where TPort : class
    {
        var (method, dryRun) = PortCallExpression.Describe<TPort>(call);
        var sandboxCursor = Sandbox.Calls.Total;
        var tapCursor = Tap.Count;
        await invoke(Port<TPort>());
        var sandboxCalls = Sandbox.Calls.Records().Skip((int)sandboxCursor).Select(r => new WireCall($"{r.Service}:{r.Operation}", null));
        _recordings.Add(new PortRecording($"{typeof(TPort).Name}.{method}", dryRun, [.. sandboxCalls, .. Tap.CallsSince(tapCursor)]));
    }

    private TPort Port<TPort>() =>
        (TPort)typeof(ReconcilerPorts).GetProperties().Single(p => p.PropertyType == typeof(TPort)).GetValue(Ports)!;
}
