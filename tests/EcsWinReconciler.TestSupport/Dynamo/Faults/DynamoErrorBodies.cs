namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>
/// DynamoDB's error answers as the service sends them (JSON 1.0: <c>__type</c> with the shape's namespace, <c>message</c>,
/// and the code again in <c>x-amzn-ErrorType</c>), so the SDK's own unmarshalling and retry classification run as in AWS.
/// </summary>
internal static class DynamoErrorBodies
{
    public static (int Status, string Code, string Body) For(DynamoFaultKind kind) => kind switch
    {
        DynamoFaultKind.ProvisionedThroughputExceeded => Error(400, "com.amazonaws.dynamodb.v20120810", "ProvisionedThroughputExceededException",
            "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
        DynamoFaultKind.Throttling => Error(400, "com.amazon.coral.availability", "ThrottlingException", "Rate of requests exceeds the allowed throughput."),
        DynamoFaultKind.InternalServerError => Error(500, "com.amazonaws.dynamodb.v20120810", "InternalServerError", "Internal server error"),
        DynamoFaultKind.ServiceUnavailable => Error(503, "com.amazon.coral.availability", "ServiceUnavailableException", "Service Unavailable"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an error answer"),
    };

    private static (int Status, string Code, string Body) Error(int status, string shapeNamespace, string code, string message) =>
        (status, code, $$"""{"__type":"{{shapeNamespace}}#{{code}}","message":"{{message}}"}""");
}
