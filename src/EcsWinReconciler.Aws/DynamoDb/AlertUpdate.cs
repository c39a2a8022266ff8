using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>One conditional update of an alert item: expression, condition, names and values (<see cref="AlertUpdates"/>).</summary>
internal sealed record AlertUpdate(string Expression, string Condition, Dictionary<string, string> Names, Dictionary<string, AttributeValue> Values);
