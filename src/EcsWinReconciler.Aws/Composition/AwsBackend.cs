using Amazon.DynamoDBv2;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Configuration.Deadlines;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Aws.Sqs;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// Every port wired to AWS from one settings record: the composition root the Lambda functions and the CLI share.
/// Keep one per process: the read caches (EC2 reads, task definitions, container instances, the spec list, task
/// statuses) live in it across warm invocations.
/// </summary>
public sealed class AwsBackend : IPlaces, IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly Lazy<Sts.StsApiClient> _caller;
    private readonly Dictionary<AccountRegion, PlacePorts> _places = [];
    private readonly Lock _placesGate = new();
    private readonly AwsClientFactory _factory;
    private readonly ReconcilerDeployment _deployment;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly DynamoSpecStore _specs;
    private readonly IAlertSink _sink;

    public AwsBackend(AwsSettings settings, ReconcilerDeployment deployment, TimeProvider time, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _deployment = deployment;
        _time = time;
        Deadline = new CallDeadline(time);
        _factory = new AwsClientFactory(settings, null, _loggers) { Calls = Calls, Deadline = Deadline };
        _caller = new Lazy<Sts.StsApiClient>(() => Own(_factory.CreateStsApi()));
        var dynamo = Own(_factory.CreateDynamoDbClient());
        Clients = _factory;
        Region = _factory.Region;
        Home = new AccountRegion(deployment.HomeAccount ?? string.Empty, Region ?? "unknown-region");
        DynamoDb = dynamo;
        Tables = deployment.Tables;
        _sink = deployment.AlertTopicArn is { Length: > 0 } topic
            ? new SnsAlertSink(Own(_factory.CreateSnsApi()), topic, _loggers.CreateLogger<SnsAlertSink>(), deployment.AlertFormats)
            : new MissingTopicAlertSink();
        _specs = new DynamoSpecStore(dynamo, deployment.Tables.Specs, ParseStoredDocument, time);

        // The hub's own place, over every spec (the CLI lists and writes them all); PortsFor(Home) shares its clients and caches.
        var home = Build(_factory, StatePlace.Home, _specs);
        Ports = home.Ports;
        Caches = home.Caches;
        _places[Home] = home with { Ports = home.Ports with { Specs = new SpecsOfPlace(_specs, Home, Home) } };
    }

    /// <summary>The hub's own account (when the deployment knows it: <c>EWR_ACCOUNT_ID</c>) and region.</summary>
    public AccountRegion Home { get; }

    public string? Region { get; }

    /// <summary>
    /// The factory this backend's clients come from: <see cref="AwsClientFactory.ForMember"/> gives a member's (its region,
    /// its assumed role), counted and deadline-bound as these are (<see cref="PortsFor"/> builds a place's clients from it).
    /// </summary>
    public AwsClientFactory Clients { get; }

    /// <summary>Every AWS call this backend's clients have sent (EC2, DynamoDB, ECS, SNS).</summary>
    public AwsCallCounter Calls { get; } = new();

    public ReconcilerPorts Ports { get; }

    /// <summary>The end this backend's AWS calls keep to: a function sets it per invocation (<see cref="CallDeadline.Until"/>).</summary>
    public CallDeadline Deadline { get; }

    public IAmazonDynamoDB DynamoDb { get; }

    public DynamoTableNames Tables { get; }

    /// <summary>Drops kept reads an event says are stale (the api-change and spec-change functions call it before they reconcile).</summary>
    public ICacheInvalidation Caches { get; }

    /// <summary>Who the credentials belong to (STS GetCallerIdentity; the client is made on first use, only the CLI asks).</summary>
    public Task<string> CallerArnAsync(CancellationToken cancellationToken) => _caller.Value.CallerArnAsync(cancellationToken);

    /// <summary>
    /// The ports of one account and region: its specs only (<see cref="SpecsOfPlace"/>), its EC2, ECS and Resolver clients (the
    /// member role's credentials in a member account, the function's own in the hub's account), its keys of the State table
    /// (<see cref="StatePlace"/>); the alert topic, the tables and the re-check queue are the hub's. Built on first use and kept,
    /// with its caches, for the life of the process.
    /// </summary>
    /// <exception cref="InvalidOperationException">A member account, and no member role is configured.</exception>
    public PlacePorts PortsFor(AccountRegion place)
    {
        ArgumentNullException.ThrowIfNull(place);
        lock (_placesGate)
        {
            if (!_places.TryGetValue(place, out var ports))
            {
                var clients = place.Account == Home.Account || place.Account.Length == 0
                    ? _factory.ForRegion(place.Region)
                    : _factory.ForMember(new Members.MemberTarget(place.Account, place.Region));
                ports = Build(clients, StatePlace.Of(place), new SpecsOfPlace(_specs, place, Home));
                _places[place] = ports;
            }

            return ports;
        }
    }

    /// <summary>Every place the stored specs select tasks in, the hub's own first.</summary>
    public async Task<IReadOnlyList<AccountRegion>> PlacesAsync(CancellationToken cancellationToken) =>
        SpecsOfPlace.PlacesOf(await _specs.ListAsync(cancellationToken).ConfigureAwait(false), Home);

    /// <summary>Turns a stored canonical document back into a spec; one that no longer validates fails loudly with its errors.</summary>
    public static TaskNetworkSpec ParseStoredDocument(string document)
    {
        var result = SpecReader.Read("dynamodb:Specs", document);
        return result is { IsValid: true, Specs: [var only] }
            ? only.Spec
            : throw new FormatException($"stored spec document is no longer valid: {string.Join("; ", result.Errors.Select(e => e.Text))}");
    }

    private PlacePorts Build(AwsClientFactory clients, StatePlace place, ISpecStore specs)
    {
        var ec2 = Own(clients.CreateEc2Client());
        var ecs = Own(clients.CreateEcsApi());
        var cache = new Ec2ReadCache(_time);
        var dynamo = DynamoDb;
        var tables = _deployment.Tables;
        var network = new Ec2NetworkObserver(ec2, cache, _loggers.CreateLogger<Ec2NetworkObserver>());
        var actuator = new AwsNetworkActuator(
            new Ec2Actuator(ec2, cache, _loggers.CreateLogger<Ec2Actuator>(), _deployment.Scope), new EcsActuator(ecs, _loggers.CreateLogger<EcsActuator>(), _deployment.Scope));
        var ports = new ReconcilerPorts(
            specs,
            new EcsTaskSource(ecs, _loggers.CreateLogger<EcsTaskSource>(), _time),
            network,
            actuator,
            new DynamoStatusStore(dynamo, tables.State, _time, place: place),
            new DynamoAlertStore(dynamo, tables.State, place: place),
            _sink,
            new DynamoActionLedger(dynamo, tables.State, place: place),
            new DynamoRemediationBudget(dynamo, tables.State, _deployment.Budget, place),
            new DynamoResyncCursor(dynamo, tables.State, place),
            new ResolverObserver(Own(clients.CreateResolverApi()), network, _time),
            _deployment.RecheckQueueUrl is { Length: > 0 } queueUrl ? new SqsRecheckQueue(Own(_factory.CreateSqsClient()), queueUrl, dynamo, tables.State, place) : null);
        return new PlacePorts(ports, new CachedReads(cache, _specs));
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private T Own<T>(T client)
        where T : class
    {
        if (client is IDisposable disposable)
        {
            _owned.Add(disposable);
        }

        return client;
    }

    /// <summary>No topic configured: publishing fails with a message that says which variable to set, so the outbox keeps the alert.</summary>
    private sealed class MissingTopicAlertSink : IAlertSink
    {
        public Task<string> PublishAsync(Core.Alerting.AlertMessage message, CancellationToken cancellationToken) =>
            throw new AdapterException("sns", "Publish", null, "no alert topic configured; set EWR_ALERT_TOPIC_ARN (Lambda) or --topic-arn (ewr)");
    }
}
