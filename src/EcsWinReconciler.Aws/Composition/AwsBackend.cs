using Amazon.DynamoDBv2;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Configuration.Deadlines;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Aws.Sqs;
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
public sealed class AwsBackend : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly Lazy<Sts.StsApiClient> _caller;

    public AwsBackend(AwsSettings settings, ReconcilerDeployment deployment, TimeProvider time, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        loggers ??= NullLoggerFactory.Instance;
        Deadline = new CallDeadline(time);
        var factory = new AwsClientFactory(settings, null, loggers) { Calls = Calls, Deadline = Deadline };
        _caller = new Lazy<Sts.StsApiClient>(() => Own(factory.CreateStsApi()));
        var ec2 = Own(factory.CreateEc2Client());
        var dynamo = Own(factory.CreateDynamoDbClient());
        var ecs = Own(factory.CreateEcsApi());
        var cache = new Ec2ReadCache(time);

        Clients = factory;
        Region = factory.Region;
        DynamoDb = dynamo;
        Tables = deployment.Tables;
        var tasks = new EcsTaskSource(ecs, loggers.CreateLogger<EcsTaskSource>(), time);
        var actuator = new AwsNetworkActuator(
            new Ec2Actuator(ec2, cache, loggers.CreateLogger<Ec2Actuator>(), deployment.Scope), new EcsActuator(ecs, loggers.CreateLogger<EcsActuator>(), deployment.Scope));
        IAlertSink sink = deployment.AlertTopicArn is { Length: > 0 } topic
            ? new SnsAlertSink(Own(factory.CreateSnsApi()), topic, loggers.CreateLogger<SnsAlertSink>(), deployment.AlertFormats)
            : new MissingTopicAlertSink();
        var specs = new DynamoSpecStore(dynamo, deployment.Tables.Specs, ParseStoredDocument, time);
        Caches = new CachedReads(cache, specs);
        var network = new Ec2NetworkObserver(ec2, cache, loggers.CreateLogger<Ec2NetworkObserver>());
        Ports = new ReconcilerPorts(
            specs,
            tasks,
            network,
            actuator,
            new DynamoStatusStore(dynamo, deployment.Tables.State, time),
            new DynamoAlertStore(dynamo, deployment.Tables.State),
            sink,
            new DynamoActionLedger(dynamo, deployment.Tables.State),
            new DynamoRemediationBudget(dynamo, deployment.Tables.State, deployment.Budget),
            new DynamoResyncCursor(dynamo, deployment.Tables.State),
            new ResolverObserver(Own(factory.CreateResolverApi()), network, time),
            deployment.RecheckQueueUrl is { Length: > 0 } queueUrl ? new SqsRecheckQueue(Own(factory.CreateSqsClient()), queueUrl, dynamo, deployment.Tables.State) : null);
    }

    public string? Region { get; }

    /// <summary>
    /// The factory this backend's clients come from: <see cref="AwsClientFactory.ForMember"/> gives a member's (its region,
    /// its assumed role), counted and deadline-bound as these are. Nothing asks for one yet (issue 15 items 3–4).
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

    /// <summary>Turns a stored canonical document back into a spec; one that no longer validates fails loudly with its errors.</summary>
    /// <summary>Who the credentials belong to (STS GetCallerIdentity; the client is made on first use, only the CLI asks).</summary>
    public Task<string> CallerArnAsync(CancellationToken cancellationToken) => _caller.Value.CallerArnAsync(cancellationToken);

    public static TaskNetworkSpec ParseStoredDocument(string document)
    {
        var result = SpecReader.Read("dynamodb:Specs", document);
        return result is { IsValid: true, Specs: [var only] }
            ? only.Spec
            : throw new FormatException($"stored spec document is no longer valid: {string.Join("; ", result.Errors.Select(e => e.Text))}");
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
