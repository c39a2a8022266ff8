namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The two tables the product uses (layouts: <see cref="SpecsTable"/>, <see cref="StateTable"/>).</summary>
public sealed record DynamoTableNames(string Specs, string State)
{
    /// <summary><c>{prefix}Specs</c> and <c>{prefix}State</c>: one stack, one test or one demo per prefix.</summary>
    public static DynamoTableNames WithPrefix(string prefix) => new(prefix + "Specs", prefix + "State");
}
