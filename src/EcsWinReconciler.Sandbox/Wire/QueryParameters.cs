using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// The flattened parameters of a Query-protocol request (EC2, SNS): <c>Name.N</c> lists and <c>Name.N.Member</c>
/// structures, read the way the services read them.
/// </summary>
public sealed partial class QueryParameters(IReadOnlyDictionary<string, string> values, string prefix = "")
{
    public string? this[string name] => values.TryGetValue(prefix + name, out var value) ? value : null;

    public string Required(string name) =>
        this[name] is { Length: > 0 } value
            ? value
            : throw new ApiException("MissingParameter", $"The request must contain the parameter {name}");

    public bool Has(string name) => values.ContainsKey(prefix + name);

    public bool HasAny(string namePrefix) => values.Keys.Any(k => k.StartsWith(prefix + namePrefix, StringComparison.Ordinal));

    public bool? Bool(string name) => this[name] switch
    {
        null => null,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw new ApiException("InvalidParameterValue", $"Value ({v}) for parameter {name} is invalid. Expected a boolean."),
    };

    public int? Int(string name) => this[name] switch
    {
        null => null,
        var v when int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        var v => throw new ApiException("InvalidParameterValue", $"Value ({v}) for parameter {name} is invalid. Expected an integer."),
    };

    /// <summary>The values of <c>name.1</c>, <c>name.2</c>, … in index order.</summary>
    public IReadOnlyList<string> List(string name) =>
        Indexed(name).Where(i => i.Tail.Length == 0).Select(i => values[i.Key]).ToList();

    /// <summary>The structures <c>name.N.*</c>, each as its own parameter view, in index order.</summary>
    public IReadOnlyList<QueryParameters> Structures(string name) =>
        Indexed(name).Where(i => i.Tail.Length > 0).Select(i => i.Index).Distinct()
            .Select(n => new QueryParameters(values, $"{prefix}{name}.{n.ToString(CultureInfo.InvariantCulture)}."))
            .ToList();

    private IEnumerable<(string Key, int Index, string Tail)> Indexed(string name)
    {
        var head = prefix + name + ".";
        return values.Keys
            .Where(k => k.StartsWith(head, StringComparison.Ordinal))
            .Select(k => (Key: k, Match: IndexPattern().Match(k[head.Length..])))
            .Where(x => x.Match.Success)
            .Select(x => (x.Key, int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Match.Groups[2].Value))
            .OrderBy(x => x.Item2);
    }

    [GeneratedRegex(@"^(\d+)(\..+)?$")]
    private static partial Regex IndexPattern();
}
