using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// AWS Signature Version 4 for the Authorization header, as a pure function of the request, the keys, the scope
/// and the time. Our ECS and SNS clients sign through it (<see cref="SigV4PipelineSigner"/>), and the tests run
/// both layouts of the AWS SigV4 test suite through it.
/// </summary>
/// <remarks>
/// Measured on AWSSDK.Core 4.1: <c>AWS4Signer.SignRequest</c> adds and signs <c>x-amz-content-sha256</c> on every
/// request, so none of the suite's canonical requests can come out of it, and its parameter collection cannot hold
/// a repeated query key; its (protected) canonicalisation also double-encodes paths, sorts query keys before
/// encoding them and does not normalise paths. This signer reproduces every case, and the SDK still supplies the
/// credentials, endpoints and retries around it.
/// </remarks>
public static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Headers the signer owns: whatever the request carries under these names is replaced.</summary>
    private static readonly HashSet<string> SignerHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "authorization", "x-amz-date", "x-amz-content-sha256",
    };

    public static SigV4Signature Sign(SigV4Request request, SigV4Credentials credentials, string region, string service, DateTimeOffset time, SigV4Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= SigV4Options.Default;
        var amzDate = time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var payloadHash = Hex(SHA256.HashData(request.Body.Span));
        var token = credentials.SessionToken is { Length: > 0 } t ? t : null;

        var headers = SigV4Canonical.Headers(HeadersToSign(request, amzDate, payloadHash, token, options));
        var signedHeaders = string.Join(';', headers.Select(h => h.Key));
        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            SigV4Canonical.Path(request.Path, options.NormalizePath),
            SigV4Canonical.Query(request.Query),
            string.Concat(headers.Select(h => h.Key + ":" + h.Value + "\n")),
            signedHeaders,
            payloadHash);
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = SigningKey(credentials.SecretAccessKey, amzDate[..8], region, service);
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, signature, signedHeaders, authorization,
            HeadersToAdd(amzDate, payloadHash, token, authorization, options));
    }

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }

    private static IEnumerable<KeyValuePair<string, string>> HeadersToSign(SigV4Request request, string amzDate, string payloadHash, string? token, SigV4Options options)
    {
        foreach (var header in request.Headers)
        {
            // A token header on the request is signed as it is, unless the credentials bring their own.
            if (!SignerHeaders.Contains(header.Key) && !(token is not null && IsTokenHeader(header.Key)))
            {
                yield return header;
            }
        }

        yield return new("Host", request.Host);
        yield return new("X-Amz-Date", amzDate);
        if (options.AddContentSha256Header)
        {
            yield return new("X-Amz-Content-Sha256", payloadHash);
        }

        if (token is not null && options.SignSessionToken)
        {
            yield return new("X-Amz-Security-Token", token);
        }
    }

    private static List<KeyValuePair<string, string>> HeadersToAdd(string amzDate, string payloadHash, string? token, string authorization, SigV4Options options)
    {
        var added = new List<KeyValuePair<string, string>> { new("X-Amz-Date", amzDate) };
        if (options.AddContentSha256Header)
        {
            added.Add(new("X-Amz-Content-Sha256", payloadHash));
        }

        if (token is not null)
        {
            added.Add(new("X-Amz-Security-Token", token));
        }

        added.Add(new("Authorization", authorization));
        return added;
    }

    private static bool IsTokenHeader(string name) => string.Equals(name, "x-amz-security-token", StringComparison.OrdinalIgnoreCase);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
