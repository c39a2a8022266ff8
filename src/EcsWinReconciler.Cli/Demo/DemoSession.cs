using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Invoke;
using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// A whole deployment in this process: the sandbox (EC2, ECS, SNS on loopback) behind the real adapters, the spec
/// and state stores in memory, and the Lambda functions' own handlers run on the sandbox's events.
/// </summary>
internal sealed class DemoSession : IAsyncDisposable
{
    private readonly AwsBackend _backend;

    private DemoSession(SandboxHost sandbox, AwsBackend backend, TimeProvider time)
    {
        Sandbox = sandbox;
        _backend = backend;
        Time = time;
        Ports = backend.Ports with
        {
            Specs = Specs,
            Status = Status,
            Alerts = new InMemoryAlertStore(),
            Ledger = Ledger,
            Budget = new InMemoryRemediationBudget(10, TimeSpan.FromHours(1)),
            Cursor = new InMemoryResyncCursor(),
        };
    }

    public SandboxHost Sandbox { get; }

    public TimeProvider Time { get; }

    public InMemorySpecStore Specs { get; } = new();

    public InMemoryStatusStore Status { get; } = new();

    public InMemoryActionLedger Ledger { get; } = new();

    public ReconcilerPorts Ports { get; }

    /// <summary>Any access key works: the sandbox checks that requests are signed, not by whom.</summary>
    public static AwsSettings SettingsFor(Uri endpoint) => new()
    {
        Region = SandboxAccount.Region,
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        EndpointUrl = endpoint,
        MaxAttempts = 3,
    };

    public static async Task<DemoSession> StartAsync(string scenario, TimeProvider time, CancellationToken cancellationToken)
    {
        var sandbox = await SandboxHost.StartAsync(scenario, new SandboxOptions { TimeProvider = time }, cancellationToken).ConfigureAwait(false);
        var deployment = new ReconcilerDeployment(new DynamoTableNames("demo-Specs", "demo-State"), ScenarioIds.TopicArn, new RemediationBudgetOptions(10, TimeSpan.FromHours(1)));
        return new DemoSession(sandbox, new AwsBackend(SettingsFor(sandbox.Endpoint), deployment, time), time);
    }

    /// <summary>Reads and applies the sample specs; returns them.</summary>
    public async Task<IReadOnlyList<TaskNetworkSpec>> ApplySampleSpecsAsync(CancellationToken cancellationToken)
    {
        var read = SpecReader.Read("sample-spec.yaml", SampleSpec.Yaml);
        if (!read.IsValid)
        {
            throw new InvalidOperationException($"the embedded sample specs do not validate: {string.Join("; ", read.Errors)}");
        }

        foreach (var spec in read.Specs)
        {
            await Specs.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, cancellationToken).ConfigureAwait(false);
        }

        return [.. read.Specs.Select(s => s.Spec)];
    }

    /// <summary>Runs a Lambda function's handler on one event, as Lambda would, with the stack-wide remediation mode given.</summary>
    public Task<byte[]> InvokeAsync(string function, string remediationMode, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var settings = LocalInvoker.Settings(function, remediationMode, _ => null);
        return new LocalInvoker(Time, _backend.Caches).InvokeAsync(settings, Ports, body, TimeSpan.FromMinutes(5), NullLoggerFactory.Instance, TextWriter.Null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _backend.Dispose();
        await Sandbox.DisposeAsync().ConfigureAwait(false);
    }
}
