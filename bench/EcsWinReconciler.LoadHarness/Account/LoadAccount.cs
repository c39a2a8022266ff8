using Amazon.DynamoDBv2;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.LoadHarness.Account;

/// <summary>
/// A whole local AWS account for one measurement: the sandbox (EC2/ECS/SNS) with a scenario, dynalite behind
/// <see cref="DynamoCountingProxy"/>, fresh tables, and the sample specs (plus <see cref="ScaleScenario.SpecYaml"/>) applied.
/// <see cref="Environment"/> is what a bootstrap process needs to reach it; <see cref="Calls"/> counts every call. A hub
/// (<see cref="StartHubAsync"/>) has member worlds beside its own, and those specs select the members' places instead.
/// </summary>
internal sealed class LoadAccount : IAsyncDisposable
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private readonly DynaliteServer _dynalite;

    private readonly IReadOnlyDictionary<string, string> _hubEnvironment;

    private LoadAccount(SandboxHost sandbox, DynaliteServer dynalite, DynamoCountingProxy proxy, DynamoTableNames tables, HubMembers? members)
    {
        Sandbox = sandbox;
        Members = members;
        _hubEnvironment = members?.Environment() ?? new Dictionary<string, string>();
        _dynalite = dynalite;
        Proxy = proxy;
        Tables = tables;
        Calls = new CallCounts(sandbox, proxy);
    }

    public SandboxHost Sandbox { get; }

    public DynamoCountingProxy Proxy { get; }

    public DynamoTableNames Tables { get; }

    public CallCounts Calls { get; }

    /// <summary>The member places of a hub; null for a single account.</summary>
    public HubMembers? Members { get; }

    public static Task<LoadAccount> StartAsync(Scenario scenario, CancellationToken cancellationToken) =>
        StartAsync(scenario, null, cancellationToken);

    /// <summary>
    /// A hub whose own world is <paramref name="hub"/> and whose <paramref name="members"/> have worlds of their own; the specs
    /// (sample and scale) select each member place, none the hub's own, so only the members' tasks are judged.
    /// </summary>
    public static Task<LoadAccount> StartHubAsync(Scenario hub, HubMembers members, CancellationToken cancellationToken) =>
        StartAsync(hub, members, cancellationToken);

    private static async Task<LoadAccount> StartAsync(Scenario scenario, HubMembers? members, CancellationToken cancellationToken)
    {
        var sandbox = await SandboxHost.StartAsync(scenario, new SandboxOptions(), cancellationToken).ConfigureAwait(false);
        members?.AddTo(sandbox);
        var dynalite = await DynaliteServer.StartAsync(cancellationToken).ConfigureAwait(false);
        var proxy = await DynamoCountingProxy.StartAsync(dynalite.ServiceUrl).ConfigureAwait(false);
        var tables = DynamoTableNames.WithPrefix("load-");
        using (var client = DirectClient(dynalite.ServiceUrl))
        {
            await DynamoTableSetup.CreateTablesAsync(client, tables, cancellationToken).ConfigureAwait(false);
            var store = new DynamoSpecStore(client, tables.Specs, AwsBackend.ParseStoredDocument, TimeProvider.System);
            IEnumerable<(string Name, string Yaml)> documents = [("sample-spec.yaml", SampleSpec.Yaml), ("scale.yaml", ScaleScenario.SpecYaml)];
            if (members is not null)
            {
                documents = documents.SelectMany(d => members.SpecsFor(d.Yaml)).ToList();
            }

            foreach (var (name, yaml) in documents)
            {
                var read = SpecReader.Read(name, yaml);
                if (!read.IsValid)
                {
                    throw new InvalidOperationException($"{name}: {string.Join("; ", read.Errors.Select(e => e.Text))}");
                }

                foreach (var spec in read.Specs)
                {
                    await store.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return new LoadAccount(sandbox, dynalite, proxy, tables, members);
    }

    /// <summary>
    /// The variables a bootstrap process runs with to reach this account (no credentials beyond the fake pair); a hub's also
    /// name its own account and its members' role (<see cref="HubMembers.Environment"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment(string handler, string runtimeApi) => new Dictionary<string, string>(_hubEnvironment, StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
        ["_HANDLER"] = handler,
        ["EWR_SPECS_TABLE"] = Tables.Specs,
        ["EWR_STATE_TABLE"] = Tables.State,
        ["EWR_ALERT_TOPIC_ARN"] = ScenarioIds.TopicArn,
        ["EWR_REMEDIATION_MODE"] = "alert",
        ["EWR_REMEDIATION_BUDGET"] = "10",
        ["EWR_REMEDIATION_WINDOW_MINUTES"] = "60",
        ["EWR_CLUSTERS"] = ScenarioIds.ClusterName,
        ["EWR_STOP_MARGIN_SECONDS"] = "5",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
        ["AWS_ENDPOINT_URL"] = Sandbox.Endpoint.ToString(),
        ["AWS_ENDPOINT_URL_DYNAMODB"] = Proxy.Endpoint.ToString(),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_MAX_ATTEMPTS"] = "4",
    };

    /// <summary>Settings for an in-process <see cref="AwsBackend"/> that reaches this account the same way.</summary>
    public Aws.Configuration.AwsSettings Settings() => new()
    {
        Region = "us-east-1",
        Credentials = new BasicAWSCredentials(AccessKey, SecretKey),
        EndpointUrl = Sandbox.Endpoint,
        ServiceEndpointUrls = new Dictionary<string, Uri> { ["DynamoDB"] = Proxy.Endpoint },
        MaxAttempts = 4,
    };

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync().ConfigureAwait(false);
        await _dynalite.DisposeAsync().ConfigureAwait(false);
        await Sandbox.DisposeAsync().ConfigureAwait(false);
    }

    private static AmazonDynamoDBClient DirectClient(Uri dynalite) => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonDynamoDBConfig { ServiceURL = dynalite.ToString(), AuthenticationRegion = "us-east-1" });
}
