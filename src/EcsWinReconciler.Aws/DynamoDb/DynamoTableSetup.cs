using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Creates the Specs and State tables as <see cref="TableDeclaration.For"/> declares them (template.yaml declares the same),
/// waits until they are ACTIVE, then turns TTL and point-in-time recovery on. Used by <c>ewr setup</c>, the demo, the
/// tests and the sandbox. Idempotent: a table that exists is left as it is, and compared with its declaration.
/// </summary>
public static class DynamoTableSetup
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Creates both tables. <paramref name="timeProvider"/> paces the wait for ACTIVE (default: the system clock).</summary>
    public static async Task<IReadOnlyList<TableSetupResult>> CreateTablesAsync(
        IAmazonDynamoDB client, DynamoTableNames names, CancellationToken cancellationToken, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(names);
        var time = timeProvider ?? TimeProvider.System;
        var declarations = TableDeclaration.For(names);
        var created = new List<bool>();
        foreach (var table in declarations)
        {
            created.Add(await CreateAsync(client, table.Create, cancellationToken).ConfigureAwait(false));
        }

        var results = new List<TableSetupResult>();
        for (var i = 0; i < declarations.Count; i++)
        {
            var table = declarations[i];
            var described = await WaitUntilActiveAsync(client, table.TableName, time, cancellationToken).ConfigureAwait(false);
            var notes = new List<string>();
            if (table.TimeToLiveAttribute is { } attribute && !await EnableTimeToLiveAsync(client, table.TableName, attribute, cancellationToken).ConfigureAwait(false))
            {
                notes.Add($"this endpoint has no TTL; items still carry '{attribute}', which AWS honours");
            }

            if (table.PointInTimeRecovery && !await EnablePointInTimeRecoveryAsync(client, table.TableName, cancellationToken).ConfigureAwait(false))
            {
                notes.Add("this endpoint has no point-in-time recovery");
            }

            var shape = TableDeclaration.ShapeOf(described.KeySchema, described.GlobalSecondaryIndexes?.Select(x => (x.IndexName, x.KeySchema)));
            var differences = created[i] ? [] : table.Shape().Except(shape).Select(d => $"missing {d}").Concat(shape.Except(table.Shape()).Select(d => $"unexpected {d}")).ToList();
            results.Add(new TableSetupResult(table.TableName, created[i], notes, differences));
        }

        return results;
    }

    private static async Task<bool> CreateAsync(IAmazonDynamoDB client, CreateTableRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await DynamoCall.RunAsync(() => client.CreateTableAsync(request, cancellationToken), "CreateTable", request.TableName, "-", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AdapterException e) when (e.InnerException is ResourceInUseException)
        {
            // Already there (a second run, a deployed stack): keep it.
            return false;
        }
    }

    private static async Task<TableDescription> WaitUntilActiveAsync(IAmazonDynamoDB client, string table, TimeProvider time, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await DynamoCall.RunAsync(
                () => client.DescribeTableAsync(new DescribeTableRequest { TableName = table }, cancellationToken),
                "DescribeTable", table, "-", cancellationToken).ConfigureAwait(false);
            if (response.Table?.TableStatus == TableStatus.ACTIVE)
            {
                return response.Table;
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>False when the endpoint has no TTL at all (dynalite).</summary>
    private static async Task<bool> EnableTimeToLiveAsync(IAmazonDynamoDB client, string table, string attribute, CancellationToken cancellationToken)
    {
        var current = await DynamoCall.RunAsync(
            () => client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = table }, cancellationToken),
            "DescribeTimeToLive", table, "-", cancellationToken).ConfigureAwait(false);
        var status = current.TimeToLiveDescription?.TimeToLiveStatus;
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING)
        {
            return true;
        }

        var request = new UpdateTimeToLiveRequest
        {
            TableName = table,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = attribute, Enabled = true },
        };
        try
        {
            await DynamoCall.RunAsync(() => client.UpdateTimeToLiveAsync(request, cancellationToken), "UpdateTimeToLive", table, "-", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AdapterException e) when (e.ErrorCode == "UnknownOperationException")
        {
            return false;
        }
    }

    /// <summary>False when the endpoint has no point-in-time recovery (dynalite, moto's older versions).</summary>
    private static async Task<bool> EnablePointInTimeRecoveryAsync(IAmazonDynamoDB client, string table, CancellationToken cancellationToken)
    {
        var request = new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        };
        try
        {
            await DynamoCall.RunAsync(() => client.UpdateContinuousBackupsAsync(request, cancellationToken), "UpdateContinuousBackups", table, "-", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AdapterException e) when (e.ErrorCode is "UnknownOperationException" or "NotImplementedException")
        {
            return false;
        }
    }
}
