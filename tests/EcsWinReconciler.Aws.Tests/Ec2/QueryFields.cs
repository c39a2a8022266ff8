namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>Reads EC2 Query-protocol lists (<c>Name.1</c>, <c>Name.2</c>, …) back out of recorded form fields.</summary>
internal static class QueryFields
{
    public static IReadOnlyList<string> List(this IReadOnlyDictionary<string, string> fields, string prefix)
    {
        var values = new List<string>();
        for (var i = 1; fields.TryGetValue($"{prefix}.{i}", out var value); i++)
        {
            values.Add(value);
        }

        return values;
    }

    /// <summary>The values of the filter named <paramref name="name"/>, or null when the request has no such filter.</summary>
    public static IReadOnlyList<string>? Filter(this IReadOnlyDictionary<string, string> fields, string name)
    {
        for (var i = 1; fields.TryGetValue($"Filter.{i}.Name", out var filterName); i++)
        {
            if (filterName == name)
            {
                return fields.List($"Filter.{i}.Value");
            }
        }

        return null;
    }
}
