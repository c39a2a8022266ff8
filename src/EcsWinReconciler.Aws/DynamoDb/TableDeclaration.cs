using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// One of the stack's tables as template.yaml declares it: the CreateTable request (keys, indexes, stream, billing,
/// encryption), the TTL attribute (null: none) and point-in-time recovery. A test compares these with the template.
/// </summary>
public sealed record TableDeclaration(CreateTableRequest Create, string? TimeToLiveAttribute, bool PointInTimeRecovery)
{
    public string TableName => Create.TableName;

    /// <summary>The Specs and State tables under <paramref name="names"/>.</summary>
    public static IReadOnlyList<TableDeclaration> For(DynamoTableNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            new(SpecsTable.CreateRequest(names.Specs), TimeToLiveAttribute: null, PointInTimeRecovery: true),
            new(StateTable.CreateRequest(names.State), StateTable.TimeToLiveAttribute, PointInTimeRecovery: true),
        ];
    }

    /// <summary>Keys and indexes as one line each, to compare a table that exists with this declaration.</summary>
    public IReadOnlyList<string> Shape() => ShapeOf(Create.KeySchema, Create.GlobalSecondaryIndexes?.Select(i => (i.IndexName, i.KeySchema)));

    public static IReadOnlyList<string> ShapeOf(IEnumerable<KeySchemaElement>? keys, IEnumerable<(string Name, List<KeySchemaElement> Keys)>? indexes) =>
    [
        $"key {Keys(keys)}",
        .. (indexes ?? []).OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => $"index {i.Name} {Keys(i.Keys)}"),
    ];

    private static string Keys(IEnumerable<KeySchemaElement>? keys) =>
        string.Join(", ", (keys ?? []).Select(k => $"{k.AttributeName} ({k.KeyType.Value})"));
}
