using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IRemediationBudget"/> on the State table: one counter item per window (<c>BUDGET#{window start}</c>), taken with an
/// atomic <c>ADD used :1</c> conditional on <c>used &lt; max</c> (or absent), so concurrent consumers never push it past the
/// maximum. A new window is a new item, so the budget resets without anyone resetting it; old windows expire a day after.
/// Each take adds its <see cref="WriteToken"/> to the window's <c>takers</c> and is conditional on it not being there yet, so a
/// take whose answer was lost and that the SDK retried counts once, and is known as taken when the retry's condition fails.
/// </summary>
public sealed class DynamoRemediationBudget(IAmazonDynamoDB client, string tableName, RemediationBudgetOptions options, StatePlace? place = null) : IRemediationBudget
{
    private readonly StatePlace _place = place ?? StatePlace.Home;

    private const string Used = "used";
    private const string Takers = "takers";

    private static readonly TimeSpan Linger = TimeSpan.FromDays(1);

    public async Task<int> RemainingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = BudgetWindow.StartOf(now, options.Window);
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Budget(_place, start), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), "BudgetRemaining", tableName, Describe(start), cancellationToken).ConfigureAwait(false);
        var used = response.Item is { Count: > 0 } item ? new ItemReader(item, tableName, Describe(start)).Long(Used) : 0;
        return (int)Math.Max(0, options.MaxActions - used);
    }

    public async Task<bool> TryConsumeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.MaxActions == 0)
        {
            return false;
        }

        var start = BudgetWindow.StartOf(now, options.Window);
        var token = WriteToken.Next();
        var request = new UpdateItemRequest
        {
            TableName = tableName,
            Key = StateKeys.Budget(_place, start),
            UpdateExpression = "ADD #used :one, #takers :takers SET #kind = :kind, #windowEnd = :end, #ttl = :ttl",
            ConditionExpression = "(attribute_not_exists(#used) OR #used < :max) AND NOT contains(#takers, :token)",
            ExpressionAttributeNames = new()
            {
                ["#used"] = Used, ["#takers"] = Takers, ["#kind"] = StateTable.KindAttribute, ["#windowEnd"] = "windowEnd", ["#ttl"] = StateTable.TimeToLiveAttribute,
            },
            ExpressionAttributeValues = new()
            {
                [":one"] = Attr.N(1),
                [":takers"] = new AttributeValue { SS = [token] },
                [":token"] = Attr.S(token),
                [":max"] = Attr.N(options.MaxActions),
                [":kind"] = Attr.S(StateKeys.BudgetKind),
                [":end"] = Attr.Time(start + options.Window),
                [":ttl"] = Attr.Ttl(start + options.Window + Linger),
            },
        };
        var updated = await DynamoCall.TryConditionalAsync(() => client.UpdateItemAsync(request, cancellationToken), "BudgetConsume", tableName, Describe(start), cancellationToken).ConfigureAwait(false);
        return updated is not null || await TakenByAsync(start, token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a failed condition: whether the take with <paramref name="token"/> landed (its answer was lost, the retry found it).</summary>
    private async Task<bool> TakenByAsync(DateTimeOffset start, string token, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Budget(_place, start), ConsistentRead = true, ProjectionExpression = "#takers", ExpressionAttributeNames = new() { ["#takers"] = Takers } };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), "BudgetConsume", tableName, Describe(start), cancellationToken).ConfigureAwait(false);
        return response.Item?.GetValueOrDefault(Takers)?.SS?.Contains(token) == true;
    }

    private string Describe(DateTimeOffset start) => StateKeys.Describe(StateKeys.Budget(_place, start));
}
