namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>Header names of the Lambda Runtime API (2018-06-01) and the environment it runs in.</summary>
internal static class RuntimeHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    /// <summary>host:port of the Runtime API, set by Lambda in the execution environment.</summary>
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>The X-Ray trace header, which the runtime sets per invocation so SDKs propagate it.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";
}
