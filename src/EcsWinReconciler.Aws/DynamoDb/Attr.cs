using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Attribute values as the stores write them (the matching reads are in <see cref="ItemReader"/>).</summary>
internal static class Attr
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Time(DateTimeOffset value) => S(StoredTime.ToText(value));

    public static AttributeValue Ttl(DateTimeOffset expiresAt) => N(StoredTime.ToEpochSeconds(expiresAt));

    /// <summary>Enums are stored by name, never by number, so reordering an enum cannot change stored meaning.</summary>
    public static AttributeValue Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => S(value.ToString());

    /// <summary>An ordered list of strings (L of S): keeps order and duplicates, unlike a string set.</summary>
    public static AttributeValue Strings(IEnumerable<string> values) => new() { L = [.. values.Select(S)] };

    /// <summary>A string set (SS); DynamoDB has no empty set, so callers leave the attribute out instead.</summary>
    public static AttributeValue StringSet(IEnumerable<string> values) => new() { SS = [.. values] };

    public static AttributeValue Map(Dictionary<string, AttributeValue> value) => new() { M = value };

    public static AttributeValue Maps(IEnumerable<Dictionary<string, AttributeValue>> values) => new() { L = [.. values.Select(m => new AttributeValue { M = m })] };

    /// <summary>The item with <paramref name="name"/> set when <paramref name="value"/> is not null (for object initialisers).</summary>
    public static Dictionary<string, AttributeValue> With(this Dictionary<string, AttributeValue> item, string name, string? value)
    {
        item.AddIfSet(name, value);
        return item;
    }

    public static void AddIfSet(this Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = S(value);
        }
    }

    public static void AddIfSet(this Dictionary<string, AttributeValue> item, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            item[name] = Time(time);
        }
    }
}
