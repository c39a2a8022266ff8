using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>
/// AWS Signature Version 4 (Authorization header) written out from the specification, independently of AWSSDK.Core:
/// the yardstick a request captured on the wire is re-signed with. It covers what our calls send (<c>POST /</c>, a
/// body, a few headers) and the suite's <c>post-*</c> cases (<see cref="SigV4ReferenceTests"/>); it does not
/// normalise paths, as no client here sends anything but <c>/</c>.
/// </summary>
internal static class SigV4Reference
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Re-signs what the server received: the headers the Authorization names, the body, the X-Amz-Date time.</summary>
    public static SigV4ReferenceResult Resign(RecordedRequest request, string region, string service, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = SigV4Authorization.Parse(request.Header("Authorization")) ?? throw new InvalidOperationException("no SigV4 Authorization header");
        var signed = request.Headers.Where(h => authorization.SignedHeaders.Contains(h.Key.ToLowerInvariant(), StringComparer.Ordinal));
        return Sign(request.Method, request.Path, request.Query, signed, request.Body, authorization.AccessKey, secretKey, region, service);
    }

    /// <summary>Signs every header given; the time is the X-Amz-Date header's, which must be among them.</summary>
    public static SigV4ReferenceResult Sign(
        string method, string path, string query, IEnumerable<KeyValuePair<string, string>> headers, byte[] body, string accessKey, string secretKey, string region, string service)
    {
        var canonicalHeaders = headers
            .GroupBy(h => h.Key.ToLowerInvariant(), h => Collapse(h.Value), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var amzDate = canonicalHeaders.Single(g => g.Key == "x-amz-date").Single();
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var signedHeaders = string.Join(';', canonicalHeaders.Select(g => g.Key));
        var canonicalRequest = string.Join('\n',
            method,
            string.Join('/', path.Split('/').Select(Encode)),
            CanonicalQuery(query),
            string.Concat(canonicalHeaders.Select(g => $"{g.Key}:{string.Join(',', g)}\n")),
            signedHeaders,
            Hex(SHA256.HashData(body)));
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in new[] { amzDate[..8], region, service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return new SigV4ReferenceResult(canonicalRequest, stringToSign,
            $"{Algorithm} Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    private static string CanonicalQuery(string query) =>
        string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Key: Encode(Uri.UnescapeDataString(kv[0])), Value: Encode(Uri.UnescapeDataString(kv.ElementAtOrDefault(1) ?? string.Empty))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => kv.Key + "=" + kv.Value));

    // RFC 3986: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded, byte by byte of the UTF-8 form.
    private static string Encode(string value) =>
        string.Concat(Encoding.UTF8.GetBytes(value).Select(b =>
            char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~'
                ? ((char)b).ToString()
                : "%" + b.ToString("X2", CultureInfo.InvariantCulture)));

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
