namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>What <see cref="DynamoFaultProxy"/> does to a call a rule picks.</summary>
public enum DynamoFaultKind
{
    /// <summary>400 <c>ProvisionedThroughputExceededException</c> (a table or index over its capacity); nothing applied.</summary>
    ProvisionedThroughputExceeded,

    /// <summary>400 <c>ThrottlingException</c> (control-plane and account-level request rate); nothing applied.</summary>
    Throttling,

    /// <summary>500 <c>InternalServerError</c>; nothing applied.</summary>
    InternalServerError,

    /// <summary>503 <c>ServiceUnavailable</c>; nothing applied.</summary>
    ServiceUnavailable,

    /// <summary>The connection is reset before the call reaches DynamoDB; nothing applied.</summary>
    ConnectionReset,

    /// <summary>The call is forwarded after <see cref="DynamoFaultRule.Delay"/> and answered normally.</summary>
    Latency,

    /// <summary>DynamoDB applies the call, then the connection is reset before its answer reaches the caller.</summary>
    AnswerLost,
}
