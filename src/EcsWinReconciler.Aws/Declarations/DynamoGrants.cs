namespace EcsWinReconciler.Aws.Declarations;

/// <summary>The DynamoDB item actions the stores use, on the table (or index) each one touches.</summary>
internal static class DynamoGrants
{
    public static IamGrant GetItem(IamResource table) => new("dynamodb:GetItem", table);

    /// <summary>BatchGetItem is authorised per table it reads, like GetItem.</summary>
    public static IamGrant BatchGetItem(IamResource table) => new("dynamodb:BatchGetItem", table);

    public static IamGrant PutItem(IamResource table) => new("dynamodb:PutItem", table);

    public static IamGrant UpdateItem(IamResource table) => new("dynamodb:UpdateItem", table);

    public static IamGrant DeleteItem(IamResource table) => new("dynamodb:DeleteItem", table);

    public static IamGrant Scan(IamResource table) => new("dynamodb:Scan", table);

    /// <summary>A Query on an index is authorised on the index's ARN (<c>table/T/index/I</c>), not the table's.</summary>
    public static IamGrant Query(IamResource tableOrIndex) => new("dynamodb:Query", tableOrIndex);
}
