namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The switches of the SigV4 test suite. The defaults are what ECS and SNS need: a normalised path, the session
/// token signed, and no <c>x-amz-content-sha256</c> header (only S3-style services require it).
/// </summary>
public sealed record SigV4Options(bool NormalizePath = true, bool SignSessionToken = true, bool AddContentSha256Header = false)
{
    public static SigV4Options Default { get; } = new();
}
