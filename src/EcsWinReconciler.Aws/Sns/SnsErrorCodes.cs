namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// SNS error codes we name: the Publish errors of the model plus the common <c>Throttling</c>. Which of them pass
/// with time is SNS's entry in <see cref="Errors.AwsErrorFacts"/>.
/// </summary>
public static class SnsErrorCodes
{
    public const string Throttling = "Throttling";
    public const string KmsThrottling = "KMSThrottling";
    public const string InternalError = "InternalError";
    public const string NotFound = "NotFound";
    public const string AuthorizationError = "AuthorizationError";
    public const string InvalidParameter = "InvalidParameter";

    /// <summary>Our own code for a message refused before sending (over 256 KB with its attributes).</summary>
    public const string MessageTooLong = "MessageTooLong";

    public static IReadOnlyList<string> Named { get; } = [Throttling, KmsThrottling, InternalError, NotFound, AuthorizationError, InvalidParameter];
}
