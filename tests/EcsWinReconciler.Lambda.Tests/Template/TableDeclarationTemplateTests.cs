using System.Text.Json.Nodes;
using EcsWinReconciler.Aws.DynamoDb;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Issue 13: 'ewr setup' creates the tables exactly as template.yaml declares them — attributes, keys, indexes,
/// projections, stream, billing, encryption, TTL and point-in-time recovery — so the two can never drift apart.
/// </summary>
public sealed class TableDeclarationTemplateTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Theory]
    [InlineData("SpecsTable", 0)]
    [InlineData("StateTable", 1)]
    public void Declaration_IsTheTemplatesTable(string resource, int index)
    {
        var template = _template.Resource(resource)["Properties"]!;
        var declared = TableDeclaration.For(new DynamoTableNames("Specs", "State"))[index];

        Assert.Equal(Describe(template), Describe(declared));
    }

    private static IReadOnlyList<string> Describe(JsonNode table) =>
    [
        $"billing {table["BillingMode"]!.GetValue<string>()}",
        .. table["AttributeDefinitions"]!.AsArray().Select(a => $"attribute {a!["AttributeName"]} {a["AttributeType"]}").Order(StringComparer.Ordinal),
        $"key {Keys(table["KeySchema"]!.AsArray().Select(k => (k!["AttributeName"]!.GetValue<string>(), k["KeyType"]!.GetValue<string>())))}",
        .. (table["GlobalSecondaryIndexes"]?.AsArray() ?? []).Select(i =>
            $"index {i!["IndexName"]} {Keys(i["KeySchema"]!.AsArray().Select(k => (k!["AttributeName"]!.GetValue<string>(), k["KeyType"]!.GetValue<string>())))} {i["Projection"]!["ProjectionType"]}")
            .Order(StringComparer.Ordinal),
        $"stream {table["StreamSpecification"]?["StreamViewType"]?.GetValue<string>() ?? "none"}",
        $"encrypted {table["SSESpecification"]?["SSEEnabled"]?.GetValue<bool>() ?? false}",
        $"ttl {(table["TimeToLiveSpecification"]?["Enabled"]?.GetValue<bool>() == true ? table["TimeToLiveSpecification"]!["AttributeName"]!.GetValue<string>() : "none")}",
        $"point-in-time recovery {table["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]?.GetValue<bool>() ?? false}",
    ];

    private static IReadOnlyList<string> Describe(TableDeclaration table)
    {
        var create = table.Create;
        return
        [
            $"billing {create.BillingMode.Value}",
            .. create.AttributeDefinitions.Select(a => $"attribute {a.AttributeName} {a.AttributeType.Value}").Order(StringComparer.Ordinal),
            $"key {Keys(create.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)))}",
            .. (create.GlobalSecondaryIndexes ?? []).Select(i => $"index {i.IndexName} {Keys(i.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)))} {i.Projection.ProjectionType.Value}")
                .Order(StringComparer.Ordinal),
            $"stream {(create.StreamSpecification is { StreamEnabled: true } s ? s.StreamViewType.Value : "none")}",
            $"encrypted {create.SSESpecification?.Enabled ?? false}",
            $"ttl {table.TimeToLiveAttribute ?? "none"}",
            $"point-in-time recovery {table.PointInTimeRecovery}",
        ];
    }

    private static string Keys(IEnumerable<(string Name, string Type)> keys) => string.Join(",", keys.Select(k => $"{k.Name}:{k.Type}"));
}
