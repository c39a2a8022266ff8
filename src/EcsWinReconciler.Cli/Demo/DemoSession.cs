using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Cli.Invoke;
using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// A whole deployment in this process: the sandbox (EC2, ECS, SNS on loopback) behind the real adapters, and the Lambda
/// functions' own handlers run on the sandbox's events. The spec and state stores are in memory, or — with a DynamoDB
/// server behind the sandbox (<c>--keep-running</c>) — the real DynamoDB stores on tables created as template.yaml
/// declares them, through the same one endpoint, so that <c>ewr</c> and the AWS CLI pointed at it see what the demo did.
/// </summary>
internal sealed class DemoSession : IAsyncDisposable
{
    /// <summary>The tables a kept-running demo creates: the stack's own default names, so ewr finds them with no table option.</summary>
    public static DynamoTableNames Tables { get; } = ReconcilerDeployment.Default.Tables;

    private readonly AwsBackend _backend;

    private DemoSession(SandboxHost sandbox, AwsBackend backend, TimeProvider time, bool inDynamoDb)
    {
        Sandbox = sandbox;
        _backend = backend;
        Time = time;
        Ports = inDynamoDb
            ? backend.Ports
            : backend.Ports with
            {
                Specs = new InMemorySpecStore(),
                Status = new InMemoryStatusStore(),
                Alerts = new InMemoryAlertStore(),
                Ledger = new InMemoryActionLedger(),
                Budget = new InMemoryRemediationBudget(10, TimeSpan.FromHours(1)),
                Cursor = new InMemoryResyncCursor(),
            };
    }

    public SandboxHost Sandbox { get; }

    public TimeProvider Time { get; }

    public ISpecStore Specs => Ports.Specs;

    public IStatusStore Status => Ports.Status;

    public IActionLedger Ledger => Ports.Ledger;

    public ReconcilerPorts Ports { get; }

    /// <summary>Any access key works: the sandbox checks that requests are signed, not by whom.</summary>
    public static AwsSettings SettingsFor(Uri endpoint) => new()
    {
        Region = SandboxAccount.Region,
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        EndpointUrl = endpoint,
        MaxAttempts = 3,
    };

    /// <summary>Starts the sandbox; with <paramref name="dynamoDb"/>, relays DynamoDB to it and creates the tables there.</summary>
    public static async Task<DemoSession> StartAsync(string scenario, TimeProvider time, Uri? dynamoDb, int port, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { TimeProvider = time, DynamoDbEndpoint = dynamoDb, Port = port };
        var sandbox = await SandboxHost.StartAsync(scenario, options, cancellationToken).ConfigureAwait(false);
        var deployment = new ReconcilerDeployment(Tables, ScenarioIds.TopicArn, new RemediationBudgetOptions(10, TimeSpan.FromHours(1)));
        var backend = new AwsBackend(SettingsFor(sandbox.Endpoint), deployment, time);
        if (dynamoDb is not null)
        {
            await DynamoTableSetup.CreateTablesAsync(backend.DynamoDb, Tables, cancellationToken, time).ConfigureAwait(false);
        }

        return new DemoSession(sandbox, backend, time, dynamoDb is not null);
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
            var stored = await Specs.GetAsync(spec.Spec.Name, cancellationToken).ConfigureAwait(false);
            await Specs.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), stored?.Generation, cancellationToken).ConfigureAwait(false);
        }

        return [.. read.Specs.Select(s => s.Spec)];
    }

    /// <summary>Runs a Lambda function's handler on one event, as Lambda would, with the stack-wide remediation mode given.</summary>
    public Task<byte[]> InvokeAsync(string function, string remediationMode, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var settings = LocalInvoker.Settings(function, remediationMode, _ => null);
        return new LocalInvoker(Time).InvokeAsync(settings, new FunctionPorts(Ports, new AwsApiCalls(_backend.Calls), _backend.Caches, _backend.Deadline), body, TimeSpan.FromMinutes(5), NullLoggerFactory.Instance, TextWriter.Null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _backend.Dispose();
        await Sandbox.DisposeAsync().ConfigureAwait(false);
    }
}
