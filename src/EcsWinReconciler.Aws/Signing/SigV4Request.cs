namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The parts of an HTTP request that Signature Version 4 covers. <see cref="Path"/> is the path as it goes on
/// the wire (the signer percent-encodes it once more, as SigV4 asks of every service but S3); the query pairs are
/// decoded; <see cref="Headers"/> are the headers to sign, in request order, and may repeat a name.
/// <see cref="Body"/> is hashed into the canonical request.
/// </summary>
public sealed record SigV4Request(
    string Method,
    string Host,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);
