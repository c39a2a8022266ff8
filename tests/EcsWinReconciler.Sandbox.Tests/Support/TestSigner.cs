using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>A plain SigV4 signer (AWS4-HMAC-SHA256) for raw HttpClient calls: host, x-amz-date, content-type signed.</summary>
public static class TestSigner
{
    public const string AccessKey = "AKIDSANDBOXTEST";
    private const string SecretKey = "sandbox-secret-key";

    /// <summary>Signs for <paramref name="region"/> with <paramref name="accessKey"/> (the hub's test key unless a session's is given).</summary>
    public static void Sign(HttpRequestMessage request, byte[] body, string service, DateTimeOffset now, string region = "us-east-1", string accessKey = AccessKey)
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var host = request.RequestUri!.Authority;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        var contentType = request.Content?.Headers.ContentType?.ToString() ?? string.Empty;
        var canonicalHeaders = $"content-type:{contentType}\nhost:{host}\nx-amz-date:{amzDate}\n";
        const string signedHeaders = "content-type;host;x-amz-date";
        var canonicalRequest = $"{request.Method}\n/\n\n{canonicalHeaders}\n{signedHeaders}\n{Hex(SHA256.HashData(body))}";
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + SecretKey), date), region), service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
