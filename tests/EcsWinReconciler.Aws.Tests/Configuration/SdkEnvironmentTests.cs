using Amazon.EC2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>
/// What AWSSDK.Core reads from the process environment itself, through our factory: endpoint overrides
/// (service-specific before global), retry settings, the default credential chain with a session token. These
/// tests set process variables, so they run alone (<see cref="ProcessEnvironmentCollection"/>).
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public class SdkEnvironmentTests
{
    private const string Ec2Empty = """<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><vpcSet/></DescribeVpcsResponse>""";

    private static (string, string?)[] Clean(params (string, string?)[] set) =>
    [
        ("AWS_ENDPOINT_URL", null), ("AWS_ENDPOINT_URL_ECS", null), ("AWS_ENDPOINT_URL_SNS", null), ("AWS_ENDPOINT_URL_EC2", null),
        ("AWS_ENDPOINT_URL_DYNAMODB", null), ("AWS_ENDPOINT_URL_STS", null), ("AWS_ENDPOINT_URL_SQS", null), ("AWS_REGION", null), ("AWS_DEFAULT_REGION", null),
        ("AWS_RETRY_MODE", null), ("AWS_MAX_ATTEMPTS", null),
        ("AWS_ACCESS_KEY_ID", null), ("AWS_SECRET_ACCESS_KEY", null), ("AWS_SESSION_TOKEN", null), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null),
        .. set,
    ];

    private static AwsClientFactory RegionOnly(string region = TestAws.Region) =>
        new(new AwsSettings { Region = region, Credentials = TestAws.Credentials });

    [Fact]
    public async Task EndpointVariables_ServiceSpecificWinsAndTheRegionIsStillSigned()
    {
        await using var global = LoopbackHttpServer.Start(_ => StubResponse.Xml("<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>"));
        await using var ecsOnly = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":[]}"""));
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL", global.BaseAddress.ToString()), ("AWS_ENDPOINT_URL_ECS", ecsOnly.BaseAddress.ToString())));
        var factory = RegionOnly("eu-north-1");
        using var ecs = factory.CreateEcsApi();
        using var sns = factory.CreateSnsApi();

        await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);
        await sns.PublishAsync(new SnsPublishRequest("arn:aws:sns:eu-north-1:1:t", "m"), CancellationToken.None);

        Assert.Equal("ecs", SigV4Authorization.Parse(Assert.Single(ecsOnly.Requests).Header("Authorization"))?.Service);
        Assert.Equal("sns", SigV4Authorization.Parse(Assert.Single(global.Requests).Header("Authorization"))?.Service);
        Assert.All(ecsOnly.Requests.Concat(global.Requests), r => Assert.Equal("eu-north-1", SigV4Authorization.Parse(r.Header("Authorization"))?.Region));
    }

    [Fact]
    public async Task Ec2Client_EndpointVariable_SignsForTheRegionNotUsEast1()
    {
        await using var server = LoopbackHttpServer.Start(_ => StubResponse.Xml(Ec2Empty));
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL_EC2", server.BaseAddress.ToString())));
        using var ec2 = RegionOnly("eu-north-1").CreateEc2Client();

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);

        var authorization = SigV4Authorization.Parse(Assert.Single(server.Requests).Header("Authorization"));
        Assert.Equal(("eu-north-1", "ec2"), (authorization?.Region, authorization?.Service));
    }

    [Fact]
    public async Task StsClient_GlobalEndpointVariable_IsHonoured_AndSignedForTheRegion()
    {
        await using var server = LoopbackHttpServer.Start(_ => StubResponse.Xml("""
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/u</Arn><UserId>AIDA</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>
            """));
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL", server.BaseAddress.ToString())));
        using var sts = RegionOnly("eu-north-1").CreateStsClient();

        var identity = await sts.GetCallerIdentityAsync(new Amazon.SecurityToken.Model.GetCallerIdentityRequest(), CancellationToken.None);

        var authorization = SigV4Authorization.Parse(Assert.Single(server.Requests).Header("Authorization"));
        Assert.Equal(("eu-north-1", "sts"), (authorization?.Region, authorization?.Service));
        Assert.Equal("111122223333", identity.Account);
    }

    [Fact]
    public void StsConfig_ServiceSpecificEndpointVariable_WinsOverTheGlobalOne()
    {
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL", "http://127.0.0.1:1/"), ("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:2/")));
        using var sts = RegionOnly().CreateStsClient();

        Assert.Equal("http://127.0.0.1:2/", ((Amazon.Runtime.AmazonServiceClient)sts).Config.ServiceURL);
    }

    [Fact]
    public async Task SqsClient_GlobalEndpointVariable_SendsThereInJsonSignedForTheRegion()
    {
        // The re-check queue's client: AWS_ENDPOINT_URL (the sandbox) is honoured, whatever host the queue URL names.
        await using var server = LoopbackHttpServer.Start(_ => new StubResponse(
            200, """{"MessageId":"m-1","MD5OfMessageBody":"9dd4e461268c8034f5c8564e155c67a6"}""", "application/x-amz-json-1.0"));
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL", server.BaseAddress.ToString())));
        using var sqs = RegionOnly("eu-north-1").CreateSqsClient();

        await sqs.SendMessageAsync(new Amazon.SQS.Model.SendMessageRequest("https://sqs.eu-north-1.amazonaws.com/1/q", "x") { DelaySeconds = 15 }, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("AmazonSQS.SendMessage", request.Header("X-Amz-Target"));
        var authorization = SigV4Authorization.Parse(request.Header("Authorization"));
        Assert.Equal(("eu-north-1", "sqs"), (authorization?.Region, authorization?.Service));
    }

    [Fact]
    public void DynamoDbConfig_EndpointVariable_IsReadByTheSdk()
    {
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL", "http://127.0.0.1:1/"), ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000/")));

        Assert.Equal("http://127.0.0.1:8000/", RegionOnly().CreateDynamoDbConfig().ServiceURL);
        Assert.Equal("http://127.0.0.1:1/", RegionOnly().CreateEc2Config().ServiceURL);
    }

    [Fact]
    public async Task ExplicitEndpoint_WinsOverTheEnvironment()
    {
        await using var explicitServer = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":[]}"""));
        using var env = new EnvironmentScope(Clean(("AWS_ENDPOINT_URL_ECS", "http://127.0.0.1:1/")));
        using var ecs = TestAws.Factory(explicitServer.BaseAddress).CreateEcsApi();

        await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);

        Assert.Single(explicitServer.Requests);
    }

    [Fact]
    public async Task RetryVariables_AreHonouredByOurClients()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsError("ThrottlingException", "Rate exceeded"));
        using var env = new EnvironmentScope(Clean(("AWS_RETRY_MODE", "adaptive"), ("AWS_MAX_ATTEMPTS", "2")));
        var factory = new AwsClientFactory(new AwsSettings { Region = TestAws.Region, Credentials = TestAws.Credentials, EndpointUrl = server.BaseAddress });
        using var client = factory.CreateServiceClient(AwsService.Ecs);
        using var ecs = factory.CreateEcsApi();

        var error = await Assert.ThrowsAsync<EcsApiException>(() => ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None));

        Assert.Equal(RequestRetryMode.Adaptive, client.Configuration.RetryMode);
        Assert.Equal(EcsErrorKind.Throttling, error.Kind);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task DefaultCredentialChain_EnvironmentKeysWithSessionToken_AreUsedAndSigned()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":[]}"""));
        using var env = new EnvironmentScope(Clean(
            ("AWS_ACCESS_KEY_ID", "ASIAENVFAKEKEY"), ("AWS_SECRET_ACCESS_KEY", "env-fake-secret"), ("AWS_SESSION_TOKEN", "env-fake-session-token"),
            ("AWS_DEFAULT_REGION", "ap-south-1")));
        var factory = new AwsClientFactory(new AwsSettings { EndpointUrl = server.BaseAddress });
        using var ecs = factory.CreateEcsApi();

        await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("ap-south-1", factory.Region);
        Assert.Equal("env-fake-session-token", request.Header("X-Amz-Security-Token"));
        Assert.Contains("x-amz-security-token", SigV4Authorization.Parse(request.Header("Authorization"))!.SignedHeaders);
        Assert.Equal(request.Header("Authorization"), TestAws.Resign(request, "ap-south-1", "ecs", "env-fake-secret").Authorization);
    }
}
