using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Sqs;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>The <see cref="IRecheckQueue"/> contract on the SQS adapter: the sandbox's queue, the marker on dynalite.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class SqsRecheckQueueContractTests(DynaliteFixture dynamo) : RecheckQueueContract, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly Dictionary<IRecheckQueue, SandboxHost> _sandboxes = [];

    protected override async Task<IRecheckQueue> NewQueueAsync()
    {
        var sandbox = await SandboxHost.StartAsync("healthy");
        _owned.Add(sandbox);
        var settings = new AwsSettings
        {
            Region = "us-east-1",
            Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            EndpointUrl = sandbox.Endpoint,
            MaxAttempts = 1,
        };
        var queue = new SqsRecheckQueue(new AwsClientFactory(settings).CreateSqsClient(), ScenarioIds.RecheckQueueUrl, dynamo.Client, (await dynamo.CreateTablesAsync()).State);
        _sandboxes[queue] = sandbox;
        return queue;
    }

    protected override int SentCount(IRecheckQueue queue) => _sandboxes[queue].Admin.QueuedMessages().Count;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
    }
}
