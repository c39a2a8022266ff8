namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The result of signing: the intermediate strings (for tests and debugging), the signature, and the headers the
/// caller must put on the request — <c>X-Amz-Date</c>, <c>Authorization</c> and, when used, the session token
/// and payload hash headers.
/// </summary>
public sealed record SigV4Signature(
    string CanonicalRequest,
    string StringToSign,
    string Signature,
    string SignedHeaders,
    string Authorization,
    IReadOnlyList<KeyValuePair<string, string>> HeadersToAdd);
