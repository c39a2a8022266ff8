using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Setup;

/// <summary>The stack's tables as views and as text: what <c>ewr setup</c> creates (or, with --dry-run, would create).</summary>
internal static class TableSetupOutput
{
    /// <summary>Where the values of <see cref="Text"/> start ("  index:      "), for wrapped lines to hang under.</summary>
    public const int ValueColumn = 14;

    public static TableView View(TableDeclaration table, TableSetupResult? result)
    {
        var create = table.Create;
        var types = create.AttributeDefinitions.ToDictionary(a => a.AttributeName, a => a.AttributeType.Value, StringComparer.Ordinal);
        IReadOnlyList<KeyView> Keys(IEnumerable<Amazon.DynamoDBv2.Model.KeySchemaElement> keys) =>
            [.. keys.Select(k => new KeyView(k.AttributeName, types[k.AttributeName], k.KeyType.Value))];
        return new TableView(
            create.TableName,
            create.BillingMode.Value,
            Keys(create.KeySchema),
            [.. (create.GlobalSecondaryIndexes ?? []).Select(i => new IndexView(i.IndexName, Keys(i.KeySchema), i.Projection.ProjectionType.Value))],
            create.StreamSpecification is { StreamEnabled: true } stream ? stream.StreamViewType.Value : null,
            create.SSESpecification?.Enabled == true,
            table.TimeToLiveAttribute,
            table.PointInTimeRecovery)
        {
            Outcome = result is null ? null : result.Differences.Count > 0 ? "differs" : result.Created ? "created" : "existed",
            Notes = result?.Notes ?? [],
            Differences = result?.Differences ?? [],
        };
    }

    /// <summary>One block per table, as a person reads a template.</summary>
    public static IEnumerable<string> Text(TableView table, bool dryRun)
    {
        var outcome = dryRun ? "would be created unless it exists" : table.Outcome switch
        {
            "created" => "created",
            "differs" => "exists, and differs from the declaration",
            _ => "exists, as declared",
        };
        yield return $"table {table.Name}: {outcome}";
        yield return $"  key:        {Keys(table.Key)}";
        foreach (var index in table.Indexes)
        {
            yield return $"  index:      {index.Name}: {Keys(index.Key)}, projects {index.Projection}";
        }

        yield return $"  billing:    {table.Billing}";
        yield return $"  stream:     {table.Stream ?? "none"}";
        yield return $"  encryption: {(table.Encrypted ? "AWS-managed KMS key" : "AWS-owned key")}";
        yield return $"  ttl:        {table.TimeToLive ?? "none"}";
        yield return $"  recovery:   point-in-time {(table.PointInTimeRecovery ? "on" : "off")}";
        foreach (var difference in table.Differences)
        {
            yield return $"  differs:    {difference}";
        }

        foreach (var note in table.Notes)
        {
            yield return $"  note:       {note}";
        }
    }

    private static string Keys(IEnumerable<KeyView> keys) => string.Join(", ", keys.Select(k => $"{k.Attribute} ({k.Type}, {k.Role})"));
}
