namespace EcsWinReconciler.Aws.Signing;

/// <summary>The keys a request is signed with; <see cref="SessionToken"/> is set for temporary credentials (Lambda, roles, SSO).</summary>
public sealed record SigV4Credentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Keeps the secret out of logs and test output.</summary>
    public override string ToString() => $"SigV4Credentials {{ AccessKeyId = {AccessKeyId}, SessionToken = {(SessionToken is null ? "none" : "set")} }}";
}
