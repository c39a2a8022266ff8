using System.Collections.Frozen;
using System.Net;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Sns;

namespace EcsWinReconciler.Aws.Errors;

/// <summary>
/// What one service's error codes say about trying again, as data: the codes that mean "slow down" and those that
/// mean "the service failed". Every service's HTTP 429 and 5xx count too. The SDK has retried these within its
/// attempts already; transient means the next run may succeed.
/// </summary>
internal sealed record AwsErrorFacts(string Component, IReadOnlySet<string> ThrottlingCodes, IReadOnlySet<string> ServerCodes)
{
    /// <summary>EC2 throttles with RequestLimitExceeded (HTTP 503) and names its own failures in several ways.</summary>
    public static AwsErrorFacts Ec2 { get; } = new(
        "ec2",
        Codes(Ec2ErrorCodes.RequestLimitExceeded, "Throttling", "ThrottlingException", "RequestThrottled"),
        Codes("ServiceUnavailable", "Unavailable", "InternalError", "InternalFailure", "RequestTimeout", "RequestTimeoutException"));

    /// <summary>ECS (JSON <c>__type</c>): its model's ServerException, and the common throttling and failure codes.</summary>
    public static AwsErrorFacts Ecs { get; } = new(
        "ecs",
        Codes(EcsErrorCodes.Throttling, "Throttling", "TooManyRequestsException"),
        Codes(EcsErrorCodes.Server, "InternalFailure", "ServiceUnavailable"));

    /// <summary>SNS Publish: throttled by SNS itself or by the KMS key of an encrypted topic.</summary>
    public static AwsErrorFacts Sns { get; } = new(
        "sns",
        Codes(SnsErrorCodes.Throttling, SnsErrorCodes.KmsThrottling),
        Codes(SnsErrorCodes.InternalError));

    /// <summary>Route 53 Resolver (JSON <c>__type</c>): its model's ThrottlingException and InternalServiceErrorException.</summary>
    public static AwsErrorFacts Resolver { get; } = new(
        "route53resolver",
        Codes("ThrottlingException", "Throttling", "TooManyRequestsException"),
        Codes("InternalServiceErrorException", "InternalFailure", "ServiceUnavailable"));

    /// <summary>STS (GetCallerIdentity for ewr except add, AssumeRole of a member role): throttled as the Query services are; AccessDenied and RegionDisabledException are permanent.</summary>
    public static AwsErrorFacts Sts { get; } = new(
        "sts",
        Codes("Throttling", "ThrottlingException", "RequestLimitExceeded"),
        Codes("InternalFailure", "ServiceUnavailable", "IDPCommunicationError"));

    /// <summary>SQS (JSON protocol, the re-check queue): its model's RequestThrottled and the common failure codes.</summary>
    public static AwsErrorFacts Sqs { get; } = new(
        "sqs",
        Codes("RequestThrottled", "ThrottlingException", "Throttling"),
        Codes("InternalFailure", "InternalError", "ServiceUnavailable"));

    /// <summary>
    /// DynamoDB: a table's throughput, the account's request limit, and LimitExceededException (too many table
    /// operations at once, from table setup) all pass with time.
    /// </summary>
    public static AwsErrorFacts DynamoDb { get; } = new(
        "dynamodb",
        Codes("ProvisionedThroughputExceededException", "RequestLimitExceeded", "ThrottlingException", "Throttling", "TooManyRequestsException", "LimitExceededException"),
        Codes("InternalServerError"));

    public bool IsThrottling(string? code) => code is not null && ThrottlingCodes.Contains(code);

    public bool IsServerFailure(string? code) => code is not null && ServerCodes.Contains(code);

    public bool IsTransient(string? code, HttpStatusCode? status) =>
        IsThrottling(code) || IsServerFailure(code) || status == HttpStatusCode.TooManyRequests || (int?)status >= 500;

    private static FrozenSet<string> Codes(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);
}
