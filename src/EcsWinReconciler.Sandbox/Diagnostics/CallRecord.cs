namespace EcsWinReconciler.Sandbox.Diagnostics;

/// <summary>
/// One API call as answered: service, operation, HTTP status and error code (null on success), the access key it was
/// signed with, and the world that answered it: the account that key acts in and the region of its credential scope
/// (all three null for unsigned calls and DynamoDB's, which the sandbox relays).
/// </summary>
public sealed record CallRecord(
    long Sequence, string Service, string Operation, int Status, string? ErrorCode, DateTimeOffset At, string? AccessKeyId = null, string? Account = null, string? Region = null);
