using System.Text;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>Fake credentials, a fixed region, and a factory pointed at a loopback server: what every wire test uses.</summary>
internal static class TestAws
{
    public const string Region = "eu-west-1";
    public const string AccessKey = "AKIDFAKEFORTESTS";
    public const string SecretKey = "fake-secret-for-tests";

    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials(AccessKey, SecretKey);

    public static AwsClientFactory Factory(Uri endpoint, int maxAttempts = 3, AWSCredentials? credentials = null) =>
        new(new AwsSettings { Region = Region, Credentials = credentials ?? Credentials, EndpointUrl = endpoint, MaxAttempts = maxAttempts }, _ => null);

    /// <summary>
    /// Re-signs what the server received with <see cref="SigV4Reference"/> and the same keys and time: equal only if
    /// the client signed exactly the bytes, host and headers that went over the wire.
    /// </summary>
    public static SigV4ReferenceResult Resign(RecordedRequest request, string region, string service, string secretKey = SecretKey) =>
        SigV4Reference.Resign(request, region, service, secretKey);

    public static StubResponse EcsJson(string body, int status = 200) => StubResponse.Json(body, status);

    public static StubResponse EcsError(string type, string message, int status = 400) =>
        StubResponse.Json($$"""{"__type":"{{type}}","message":"{{message}}"}""", status);

    public static StubResponse SnsError(string code, string message, int status) =>
        StubResponse.Xml($"""<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>""", status);

    public static string Utf8(byte[] body) => Encoding.UTF8.GetString(body);
}
