using System.Globalization;
using System.Security.Cryptography;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>
/// Every client the factory builds — the SDK's EC2 and DynamoDB clients, our ECS and SNS clients — signs with
/// AWSSDK.Core's <c>AWS4Signer</c>: the request the loopback server received carries that signer's marks (the body's
/// hash in a signed <c>x-amz-content-sha256</c>, the session token signed, every header but the SDK's bookkeeping
/// signed) and re-signs, from the captured bytes, to the same Authorization with <see cref="SigV4Reference"/>
/// (written from the specification and checked against the AWS suite) and with the SDK's own signature math.
/// </summary>
public class SdkSigningTests
{
    private const string Token = "fake-session-token";

    private static readonly SessionAWSCredentials Session = new(TestAws.AccessKey, TestAws.SecretKey, Token);

    [Theory]
    [InlineData("ec2", "content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token")]
    [InlineData("dynamodb", "content-type;host;x-amz-api-version;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target")]
    [InlineData("ecs", "content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target")]
    [InlineData("sns", "content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token")]
    public async Task Client_EveryService_SignsWithTheSdkSigner(string service, string signedHeaders)
    {
        await using var server = LoopbackHttpServer.Start(_ => Answer(service));

        await CallAsync(TestAws.Factory(server.BaseAddress, credentials: Session), service);

        var request = Assert.Single(server.Requests);
        var authorization = SigV4Authorization.Parse(request.Header("Authorization"));
        Assert.NotNull(authorization);
        Assert.Equal((TestAws.AccessKey, TestAws.Region, service), (authorization.AccessKey, authorization.Region, authorization.Service));
        Assert.Equal(signedHeaders, string.Join(';', authorization.SignedHeaders));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(request.Body)), request.Header("X-Amz-Content-SHA256"));
        Assert.Equal(Token, request.Header("X-Amz-Security-Token"));

        var reference = SigV4Reference.Resign(request, TestAws.Region, service, TestAws.SecretKey);
        Assert.Equal(request.Header("Authorization"), reference.Authorization);
        var signedAt = DateTime.ParseExact(request.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(request.Header("Authorization"), AWS4Signer.ComputeSignature(
            TestAws.AccessKey, TestAws.SecretKey, TestAws.Region, signedAt, service, signedHeaders, reference.CanonicalRequest).ForAuthorizationHeader);
    }

    private static StubResponse Answer(string service) => service switch
    {
        "ec2" => StubResponse.Xml("""<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><vpcSet/></DescribeVpcsResponse>"""),
        "dynamodb" => new StubResponse(200, """{"TableNames":[]}""", "application/x-amz-json-1.0"),
        "ecs" => TestAws.EcsJson("""{"taskArns":[]}"""),
        _ => StubResponse.Xml("<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>"),
    };

    private static async Task CallAsync(AwsClientFactory factory, string service)
    {
        switch (service)
        {
            case "ec2":
                using (var ec2 = factory.CreateEc2Client())
                {
                    await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);
                }

                break;
            case "dynamodb":
                using (var dynamo = factory.CreateDynamoDbClient())
                {
                    await dynamo.ListTablesAsync(new ListTablesRequest(), CancellationToken.None);
                }

                break;
            case "ecs":
                using (var ecs = factory.CreateEcsApi())
                {
                    await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);
                }

                break;
            default:
                using (var sns = factory.CreateSnsApi())
                {
                    await sns.PublishAsync(new SnsPublishRequest("arn:aws:sns:eu-west-1:1:t", "m"), CancellationToken.None);
                }

                break;
        }
    }
}
