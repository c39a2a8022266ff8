using System.Security;
using Amazon.EC2;
using Amazon.Runtime;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>EC2 Query-protocol answers as EC2 writes them, and a real client pointed at the loopback server.</summary>
internal static class Ec2Wire
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";
    public const string Region = "us-east-1";
    public const string AccessKey = "AKIDEXAMPLE";

    public static StubResponse Ok(string action, string body) =>
        StubResponse.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{action}Response xmlns=\"{Namespace}\"><requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>{body}</{action}Response>");

    public static StubResponse Error(string code, string message, int status = 400) =>
        StubResponse.Xml(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{code}</Code><Message>{SecurityElement.Escape(message)}</Message></Error></Errors>" +
            "<RequestID>0c6a8a7e-5d3c-4b1f-9b1e-EXAMPLE</RequestID></Response>",
            status);

    /// <summary>The real AmazonEC2Client with fake credentials, signing for us-east-1, retrying in the SDK's standard mode.</summary>
    public static AmazonEC2Client Client(Uri endpoint, int maxErrorRetry = 2) =>
        new(
            new BasicAWSCredentials(AccessKey, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            new AmazonEC2Config
            {
                ServiceURL = endpoint.ToString(),
                AuthenticationRegion = Region,
                IgnoreConfiguredEndpointUrls = true,
                RetryMode = RequestRetryMode.Standard,
                MaxErrorRetry = maxErrorRetry,
            });
}
