namespace EcsWinReconciler.Sandbox.Sts;

/// <summary>Temporary credentials STS issued for a member role, and the account they act in.</summary>
public sealed record AssumedSession(
    string AccessKeyId,
    string SecretAccessKey,
    string SessionToken,
    string Account,
    string RoleArn,
    string AssumedRoleArn,
    string AssumedRoleId,
    DateTimeOffset IssuedAt,
    DateTimeOffset Expiration);
