using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// A whole local deployment: the sandbox for EC2/ECS/SNS, dynalite for the two tables, every real adapter wired
/// by <see cref="AwsBackend"/> as the Lambdas wire them, the sample specs applied.
/// </summary>
public sealed class LocalAccount : IAsyncDisposable
{
    private LocalAccount(SandboxHost sandbox, AwsSettings settings, ReconcilerDeployment deployment)
    {
        Sandbox = sandbox;
        Backend = new AwsBackend(settings, deployment, Time);
        Tables = deployment.Tables;
    }

    public SandboxHost Sandbox { get; }

    /// <summary>The reconciler's clock (leases, reminders, budget windows); starts at the real time, moves only when a test advances it.</summary>
    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public AwsBackend Backend { get; }

    public DynamoTableNames Tables { get; }

    public ReconcilerPorts Ports => Backend.Ports;

    public static async Task<LocalAccount> StartAsync(DynaliteFixture dynamo, string scenario, int budget = 10, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var sandbox = await SandboxHost.StartAsync(scenario);
        var tables = await dynamo.CreateTablesAsync(test);
        var settings = new AwsSettings
        {
            Region = "us-east-1",
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            EndpointUrl = sandbox.Endpoint,
            ServiceEndpointUrls = new Dictionary<string, Uri> { ["DynamoDB"] = dynamo.Server.ServiceUrl },
            MaxAttempts = 4,
        };
        var deployment = new ReconcilerDeployment(tables, ScenarioIds.TopicArn, new RemediationBudgetOptions(budget, TimeSpan.FromHours(1)));
        var account = new LocalAccount(sandbox, settings, deployment);
        foreach (var spec in SpecReader.Read("sample-spec.yaml", SampleSpec.Yaml).Specs)
        {
            await account.Ports.Specs.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, CancellationToken.None);
        }

        return account;
    }

    public Reconciler Reconciler(bool dryRun = false, ReconcilerOptions? options = null) =>
        new(Ports, (options ?? ReconcilerOptions.Default) with { ForceDryRun = dryRun }, Time, NullLogger<Reconciler>.Instance);

    /// <summary>A resync: every task every spec selects.</summary>
    public async Task<RunSummary> ResyncAsync(bool dryRun = false, ReconcilerOptions? options = null)
    {
        var reconciler = Reconciler(dryRun, options);
        return await reconciler.ReconcileSelectionsAsync(await reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);
    }

    /// <summary>Changes made to EC2 and ECS resources (SNS publishes are alerts, not changes).</summary>
    public IReadOnlyList<string> MutatingCalls() => [.. Sandbox.Admin.Writes().Where(w => w.Service != "sns").Select(w => $"{w.Service}:{w.Operation}")];

    public IReadOnlyList<string> Subjects() => [.. Sandbox.Admin.PublishedMessages().Select(m => m.Subject ?? string.Empty)];

    public async ValueTask DisposeAsync()
    {
        Backend.Dispose();
        await Sandbox.DisposeAsync();
    }
}
