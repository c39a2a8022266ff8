using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Layout of the Specs table: one item per spec, written by people (<c>ewr spec apply</c>), read by the
/// reconciler. template.yaml mirrors <see cref="CreateRequest"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Key: <c>name</c> (S, HASH) = the spec's <c>metadata.name</c>.</item>
/// <item><c>document</c> (S): the canonical spec document, parsed back on every read.</item>
/// <item><c>generation</c> (N): 1 on create, +1 on every change; every write is conditional on it.</item>
/// <item><c>updatedAt</c> (S): ISO-8601 UTC time of the last change.</item>
/// <item>Stream: NEW_AND_OLD_IMAGES, so a spec edit (or delete) triggers a reconcile of the tasks the old and the new selector pick.</item>
/// <item>No index, no TTL: specs are few (one per task family) and are listed with a Scan.</item>
/// <item>Encrypted with the AWS-managed KMS key (SSEEnabled), point-in-time recovery on (<see cref="TableDeclaration"/>).</item>
/// </list>
/// </remarks>
public static class SpecsTable
{
    public const string NameAttribute = "name";
    public const string DocumentAttribute = "document";
    public const string GenerationAttribute = "generation";
    public const string UpdatedAtAttribute = "updatedAt";

    public static CreateTableRequest CreateRequest(string tableName) => new()
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [new AttributeDefinition(NameAttribute, ScalarAttributeType.S)],
        KeySchema = [new KeySchemaElement(NameAttribute, KeyType.HASH)],
        StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES },
        SSESpecification = new SSESpecification { Enabled = true },
    };
}
