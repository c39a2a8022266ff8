using System.Globalization;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Reads a stored item strictly: a missing required attribute, a value of the wrong type, or an enum name this
/// version does not know fails loudly with the table and key (STYLE.md habit 6), never as a silent default.
/// </summary>
internal sealed class ItemReader(IReadOnlyDictionary<string, AttributeValue> item, string table, string key)
{
    public string Key => key;

    public string String(string name) => OptionalString(name) ?? throw Invalid(name, "is missing");

    public string? OptionalString(string name) => Find(name) switch
    {
        null => null,
        { S: { } text } => text,
        _ => throw Invalid(name, "is not a string"),
    };

    public long Long(string name) =>
        Find(name) is { N: { } text } && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(name, "is missing or not a whole number");

    public int Int(string name) =>
        Long(name) is var value && value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Invalid(name, "is out of range");

    public DateTimeOffset Time(string name) => OptionalTime(name) ?? throw Invalid(name, "is missing");

    public DateTimeOffset? OptionalTime(string name) => OptionalString(name) switch
    {
        null => null,
        var text when StoredTime.TryParse(text, out var time) => time,
        var text => throw Invalid(name, $"\"{text}\" is not a stored time"),
    };

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum => OptionalEnum<TEnum>(name) ?? throw Invalid(name, "is missing");

    /// <summary>Only the exact name of a defined member is accepted (not numbers, not "A, B" combinations).</summary>
    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && value.ToString() == text
            ? value
            : throw Invalid(name, $"unknown {typeof(TEnum).Name} \"{text}\"");
    }

    /// <summary>An ordered list of strings (L of S); absent means empty.</summary>
    public IReadOnlyList<string> Strings(string name) => Find(name) switch
    {
        null => [],
        { IsLSet: true, L: { } list } => [.. list.Select((v, i) => v.S ?? throw Invalid($"{name}[{i}]", "is not a string"))],
        _ => throw Invalid(name, "is not a list"),
    };

    /// <summary>A string set (SS); absent means empty (DynamoDB stores no empty sets).</summary>
    public IReadOnlyList<string> StringSet(string name) => Find(name) switch
    {
        null => [],
        { IsSSSet: true, SS: { } set } => set,
        _ => throw Invalid(name, "is not a string set"),
    };

    /// <summary>A list of maps (L of M), each read as an item of its own; absent means empty.</summary>
    public IReadOnlyList<ItemReader> Maps(string name) => Find(name) switch
    {
        null => [],
        { IsLSet: true, L: { } list } => [.. list.Select((v, i) => v is { IsMSet: true, M: { } map }
            ? new ItemReader(map, table, $"{key}.{name}[{i}]")
            : throw Invalid($"{name}[{i}]", "is not a map"))],
        _ => throw Invalid(name, "is not a list"),
    };

    /// <summary>A map (M) read as an item of its own; null when absent.</summary>
    public ItemReader? OptionalMap(string name) => Find(name) switch
    {
        null => null,
        { IsMSet: true, M: { } map } => new ItemReader(map, table, $"{key}.{name}"),
        _ => throw Invalid(name, "is not a map"),
    };

    /// <summary>Every attribute of a map (M) of strings, in no particular order; absent means none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> StringMap(string name) => Find(name) switch
    {
        null => [],
        { IsMSet: true, M: { } map } => [.. map.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.S ?? throw Invalid($"{name}.{p.Key}", "is not a string")))],
        _ => throw Invalid(name, "is not a map"),
    };

    public AdapterException Invalid(string name, string problem) =>
        new(DynamoCall.Component, "Decode", DynamoCall.Resource(table, key), $"stored attribute \"{name}\" {problem}", errorCode: "InvalidStoredItem");

    private AttributeValue? Find(string name) =>
        item.TryGetValue(name, out var value) && value is not null && value.NULL != true ? value : null;
}
