namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// Attribute names of a Specs-table item as the stream shows it. They mirror
/// <c>EcsWinReconciler.Aws.DynamoDb.SpecsTable</c> (key <c>name</c>, canonical JSON <c>document</c>, <c>generation</c>);
/// once that type is on this branch these constants should point at it.
/// </summary>
internal static class SpecStreamAttributes
{
    public const string Name = "name";
    public const string Document = "document";
    public const string Generation = "generation";
}
