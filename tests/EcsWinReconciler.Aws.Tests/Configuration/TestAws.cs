using System.Globalization;
using System.Text;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Signing;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>Fake credentials, a fixed region, and a factory pointed at a loopback server: what every wire test uses.</summary>
internal static class TestAws
{
    public const string Region = "eu-west-1";
    public const string AccessKey = "AKIDFAKEFORTESTS";
    public const string SecretKey = "fake-secret-for-tests";

    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials(AccessKey, SecretKey);

    public static AwsClientFactory Factory(Uri endpoint, int maxAttempts = 3, AWSCredentials? credentials = null, TimeProvider? timeProvider = null) =>
        new(new AwsSettings { Region = Region, Credentials = credentials ?? Credentials, EndpointUrl = endpoint, MaxAttempts = maxAttempts }, _ => null, timeProvider);

    /// <summary>
    /// Re-signs what the server received with <see cref="SigV4Signer"/> and the same keys and time: equal only if
    /// the client signed exactly the bytes, host and headers that went over the wire.
    /// </summary>
    public static SigV4Signature Resign(RecordedRequest request, string region, string service, string secretKey = SecretKey)
    {
        var authorization = SigV4Authorization.Parse(request.Header("Authorization")) ?? throw new InvalidOperationException("no SigV4 Authorization header");
        var time = DateTimeOffset.ParseExact(request.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var headers = request.Headers
            .Where(h => authorization.SignedHeaders.Contains(h.Key.ToLowerInvariant()) && !h.Key.Equals("host", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var sigV4 = new SigV4Request(request.Method, request.Header("Host")!, request.Path, [], headers, request.Body);
        return SigV4Signer.Sign(sigV4, new SigV4Credentials(authorization.AccessKey, secretKey, request.Header("X-Amz-Security-Token")), region, service, time);
    }

    public static StubResponse EcsJson(string body, int status = 200) => StubResponse.Json(body, status);

    public static StubResponse EcsError(string type, string message, int status = 400) =>
        StubResponse.Json($$"""{"__type":"{{type}}","message":"{{message}}"}""", status);

    public static StubResponse SnsError(string code, string message, int status) =>
        StubResponse.Xml($"""<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>""", status);

    public static string Utf8(byte[] body) => Encoding.UTF8.GetString(body);
}
