using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Creates the Specs and State tables as <see cref="SpecsTable"/> and <see cref="StateTable"/> describe them, waits until they
/// are ACTIVE and turns TTL on. Used by the tests, the demo and the sandbox; in AWS, template.yaml declares the same tables.
/// Idempotent: tables that already exist are left as they are.
/// </summary>
public static class DynamoTableSetup
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Creates both tables. <paramref name="timeProvider"/> paces the wait for ACTIVE (default: the system clock).</summary>
    public static async Task CreateTablesAsync(IAmazonDynamoDB client, DynamoTableNames names, CancellationToken cancellationToken, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(names);
        var time = timeProvider ?? TimeProvider.System;
        await CreateAsync(client, SpecsTable.CreateRequest(names.Specs), cancellationToken).ConfigureAwait(false);
        await CreateAsync(client, StateTable.CreateRequest(names.State), cancellationToken).ConfigureAwait(false);
        await WaitUntilActiveAsync(client, names.Specs, time, cancellationToken).ConfigureAwait(false);
        await WaitUntilActiveAsync(client, names.State, time, cancellationToken).ConfigureAwait(false);
        await EnableTimeToLiveAsync(client, names.State, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CreateAsync(IAmazonDynamoDB client, CreateTableRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await DynamoCall.RunAsync(() => client.CreateTableAsync(request, cancellationToken), "CreateTable", request.TableName, "-", cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException e) when (e.InnerException is ResourceInUseException)
        {
            // Already there (a second demo run, a deployed stack): keep it.
        }
    }

    private static async Task WaitUntilActiveAsync(IAmazonDynamoDB client, string table, TimeProvider time, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await DynamoCall.RunAsync(
                () => client.DescribeTableAsync(new DescribeTableRequest { TableName = table }, cancellationToken),
                "DescribeTable", table, "-", cancellationToken).ConfigureAwait(false);
            if (response.Table?.TableStatus == TableStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task EnableTimeToLiveAsync(IAmazonDynamoDB client, string table, CancellationToken cancellationToken)
    {
        var current = await DynamoCall.RunAsync(
            () => client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = table }, cancellationToken),
            "DescribeTimeToLive", table, "-", cancellationToken).ConfigureAwait(false);
        var status = current.TimeToLiveDescription?.TimeToLiveStatus;
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING)
        {
            return;
        }

        var request = new UpdateTimeToLiveRequest
        {
            TableName = table,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = StateTable.TimeToLiveAttribute, Enabled = true },
        };
        try
        {
            await DynamoCall.RunAsync(() => client.UpdateTimeToLiveAsync(request, cancellationToken), "UpdateTimeToLive", table, "-", cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException e) when (e.ErrorCode == "UnknownOperationException")
        {
            // dynalite (tests, demo) has no TTL at all; the attribute is still written, and AWS honours it.
        }
    }
}
