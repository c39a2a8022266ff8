using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Encodes and decodes a Specs-table item (layout: <see cref="SpecsTable"/>).</summary>
internal static class SpecItem
{
    public static Dictionary<string, AttributeValue> Key(string name) => new() { [SpecsTable.NameAttribute] = Attr.S(name) };

    public static Dictionary<string, AttributeValue> Encode(string name, string document, long generation, DateTimeOffset updatedAt) => new()
    {
        [SpecsTable.NameAttribute] = Attr.S(name),
        [SpecsTable.DocumentAttribute] = Attr.S(document),
        [SpecsTable.GenerationAttribute] = Attr.N(generation),
        [SpecsTable.UpdatedAtAttribute] = Attr.Time(updatedAt),
    };

    public static StoredSpecVersion Version(Dictionary<string, AttributeValue> item, string table, string name)
    {
        var reader = new ItemReader(item, table, name);
        return new StoredSpecVersion(reader.Long(SpecsTable.GenerationAttribute), reader.String(SpecsTable.DocumentAttribute));
    }

    /// <summary>
    /// Parses the stored document back into a spec. A document that no longer parses (the schema moved on, someone edited the
    /// table by hand) or names another spec fails loudly with the spec's name: a spec is never dropped in silence.
    /// </summary>
    public static StoredSpec Decode(Dictionary<string, AttributeValue> item, string table, Func<string, TaskNetworkSpec> parse)
    {
        var name = new ItemReader(item, table, "?").String(SpecsTable.NameAttribute);
        var version = Version(item, table, name);
        TaskNetworkSpec spec;
        try
        {
            spec = parse(version.Document);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Unreadable(table, name, version.Generation, e.Message, e);
        }

        return spec.Name == name
            ? new StoredSpec(spec, version.Generation, version.Document)
            : throw Unreadable(table, name, version.Generation, $"its document names the spec \"{spec.Name}\"", null);
    }

    private static AdapterException Unreadable(string table, string name, long generation, string problem, Exception? inner) =>
        new(DynamoCall.Component, "DecodeSpec", DynamoCall.Resource(table, name),
            $"stored spec \"{name}\" (generation {generation}) cannot be read back: {problem}", errorCode: "InvalidStoredSpec", innerException: inner);
}
