using System.Buffers;
using System.Text.Json;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Writing;

namespace EcsWinReconciler.Core.Tests.Specs.Writing;

public class SchemaWriterTests
{
    private static JsonElement Schema(Shape shape, Field? field = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SchemaWriter.WriteShape(writer, shape, field);
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void WriteShape_Object_ClosedWithItsRequiredFieldsAndOneOf()
    {
        var schema = Schema(IngressRuleShape.Required);

        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.Equal(["protocol", "ports", "cidr", "source", "group"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["protocol"], Strings(schema.GetProperty("required")));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["cidr", "source"], schema.GetProperty("oneOf").EnumerateArray().Select(o => Strings(o.GetProperty("required")).Single()));
    }

    [Fact]
    public void WriteShape_FieldWithADefault_DescribesAndDefaultsIt()
    {
        var schema = Schema(EniShape.PublicIp.Shape, EniShape.PublicIp);

        Assert.Equal(EniShape.PublicIp.Description, schema.GetProperty("description").GetString());
        Assert.Equal("forbidden", schema.GetProperty("default").GetString());
    }

    [Fact]
    public void WriteShape_Enum_ListsOnlyTheValuesTheReaderAccepts()
    {
        var schema = Schema(EniShape.PublicIp.Shape, EniShape.PublicIp);

        // "required" is a known word the reader rejects with advice, so the schema must not offer it.
        Assert.Equal(["forbidden", "any"], Strings(schema.GetProperty("enum")));
    }

    [Fact]
    public void WriteShape_ListOfScalars_ItemsLimitAndNoRepeats()
    {
        var schema = Schema(EniShape.Subnets.Shape, EniShape.Subnets);

        Assert.Equal("array", schema.GetProperty("type").GetString());
        Assert.Equal(EniShape.MaxSubnets, schema.GetProperty("maxItems").GetInt32());
        Assert.True(schema.GetProperty("uniqueItems").GetBoolean());
        Assert.Equal("string", schema.GetProperty("items").GetProperty("type").GetString());
        Assert.True(schema.GetProperty("items").TryGetProperty("pattern", out _));
    }

    [Fact]
    public void WriteShape_Map_KeyPatternAndValueSchema()
    {
        var schema = Schema(MetadataShape.Labels.Shape, MetadataShape.Labels);

        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.True(schema.GetProperty("propertyNames").TryGetProperty("pattern", out _));
        Assert.Equal(JsonValueKind.Object, schema.GetProperty("additionalProperties").ValueKind);
    }

    [Fact]
    public void WriteShape_ScalarOfSeveralJsonTypes_TypeIsAList()
    {
        var schema = Schema(IngressRuleShape.Ports.Shape, IngressRuleShape.Ports);

        Assert.Equal(["string", "integer"], Strings(schema.GetProperty("type")));
        Assert.Equal((0, 65535), (schema.GetProperty("minimum").GetInt32(), schema.GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public void WriteShape_ItemWithoutAField_DescribedByWhatItIs()
    {
        var items = Schema(EniShape.Subnets.Shape, EniShape.Subnets).GetProperty("items");

        var description = items.GetProperty("description").GetString()!;
        Assert.True(char.IsUpper(description[0]), description);
    }
}
