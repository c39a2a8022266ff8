using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// A whole local deployment: the sandbox for EC2/ECS/SNS, dynalite for the two tables, every real adapter wired
/// by <see cref="AwsBackend"/> as the Lambdas wire them, the sample specs applied.
/// </summary>
public sealed class LocalAccount : IAsyncDisposable
{
    private readonly AwsSettings _settings;
    private readonly ReconcilerDeployment _deployment;
    private readonly List<AwsBackend> _instances = [];

    private LocalAccount(SandboxHost sandbox, AwsSettings settings, ReconcilerDeployment deployment, FakeTimeProvider time)
    {
        Sandbox = sandbox;
        Time = time;
        _settings = settings;
        _deployment = deployment;
        Backend = new AwsBackend(settings, deployment, Time);
        Tables = deployment.Tables;
    }

    public SandboxHost Sandbox { get; }

    /// <summary>The reconciler's clock (leases, reminders, budget windows); starts at the real time, moves only when a test advances it.</summary>
    public FakeTimeProvider Time { get; }

    public AwsBackend Backend { get; }

    /// <summary>How this account is reached (the sandbox endpoint, dynalite for DynamoDB): for clients a test acts with as a person would.</summary>
    public AwsSettings Settings => _settings;

    public DynamoTableNames Tables { get; }

    public ReconcilerPorts Ports => Backend.Ports;

    /// <summary>
    /// Starts the account. With <paramref name="virtualLatency"/> the sandbox shares the reconciler's clock and a latency
    /// fault moves that clock instead of waiting (<see cref="VirtualLatencyClock"/>): slow calls cost no real time. With
    /// <paramref name="dynamoEndpoint"/> the reconciler reaches DynamoDB there (a fault proxy in front of dynalite);
    /// <paramref name="maxAttempts"/> is every client's attempts per call. With <paramref name="rechecks"/> the functions send delayed
    /// re-checks to the sandbox's re-check queue (<see cref="RecheckQueueRunner"/> plays Lambda's poller). With <paramref name="memberRole"/>
    /// the account is a hub: it assumes that role in the members its specs name.
    /// </summary>
    public static async Task<LocalAccount> StartAsync(
        DynaliteFixture dynamo, string scenario, int budget = 10, bool virtualLatency = false, Uri? dynamoEndpoint = null, int maxAttempts = 4,
        Aws.Scope.ManagedScope? scope = null, bool rechecks = false, Aws.Members.MemberRoleSettings? memberRole = null,
        [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var sandbox = await SandboxHost.StartAsync(scenario, virtualLatency ? new SandboxOptions { TimeProvider = new VirtualLatencyClock(time) } : null);
        var tables = await dynamo.CreateTablesAsync(test);
        var settings = new AwsSettings
        {
            Region = "us-east-1",
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            EndpointUrl = sandbox.Endpoint,
            ServiceEndpointUrls = new Dictionary<string, Uri> { ["DynamoDB"] = dynamoEndpoint ?? dynamo.Server.ServiceUrl },
            MaxAttempts = maxAttempts,
            MemberRole = memberRole,
        };
        var deployment = new ReconcilerDeployment(tables, ScenarioIds.TopicArn, new RemediationBudgetOptions(budget, TimeSpan.FromHours(1)))
        {
            Scope = scope ?? Aws.Scope.ManagedScope.TaggedOnly,
            RecheckQueueUrl = rechecks ? ScenarioIds.RecheckQueueUrl : null,

            // A hub with members knows its own account (EWR_ACCOUNT_ID), as the template tells the functions.
            HomeAccount = memberRole is null ? null : SandboxAccount.AccountId,
        };
        var account = new LocalAccount(sandbox, settings, deployment, time);
        foreach (var spec in SpecReader.Read("sample-spec.yaml", SampleSpec.Yaml).Specs)
        {
            await account.Ports.Specs.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, CancellationToken.None);
        }

        return account;
    }

    /// <summary>
    /// Another execution environment of the same deployment: its own clients and warm caches, the same tables and account;
    /// its adapters log to <paramref name="loggers"/> and sign with <paramref name="credentials"/> when given.
    /// </summary>
    public AwsBackend NewInstance(ILoggerFactory? loggers = null, AWSCredentials? credentials = null)
    {
        var backend = new AwsBackend(credentials is null ? _settings : _settings with { Credentials = credentials }, _deployment, Time, loggers);
        lock (_instances)
        {
            _instances.Add(backend);
        }

        return backend;
    }

    public Reconciler Reconciler(bool dryRun = false, ReconcilerOptions? options = null) =>
        new(Ports, (options ?? ReconcilerOptions.Default) with { ForceDryRun = dryRun }, Time, NullLogger<Reconciler>.Instance);

    /// <summary>A resync: every task every spec selects.</summary>
    public async Task<RunSummary> ResyncAsync(bool dryRun = false, ReconcilerOptions? options = null)
    {
        var reconciler = Reconciler(dryRun, options);
        return await reconciler.ReconcileSelectionsAsync(await reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);
    }

    /// <summary>The scheduled resync as the resync function runs it: every selection, then the alert sweep and the outbox.</summary>
    public async Task<RunSummary> ScheduledResyncAsync(ReconcilerOptions? options = null)
    {
        var reconciler = Reconciler(options: options);
        return await reconciler.ResyncAsync(await reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);
    }

    /// <summary>Changes made to EC2 and ECS resources (SNS publishes are alerts, not changes).</summary>
    public IReadOnlyList<string> MutatingCalls() => [.. Sandbox.Admin.Writes().Where(w => w.Service != "sns").Select(w => $"{w.Service}:{w.Operation}")];

    public IReadOnlyList<string> Subjects() => [.. Sandbox.Admin.PublishedMessages().Select(m => m.Subject ?? string.Empty)];

    public async ValueTask DisposeAsync()
    {
        Backend.Dispose();
        _instances.ForEach(i => i.Dispose());
        await Sandbox.DisposeAsync();
    }
}
