using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Configuration.Transport;

namespace EcsWinReconciler.Aws.Tests.Configuration;

public class AwsClientFactoryTests
{
    private static readonly Uri Global = new("http://127.0.0.1:4566");
    private static readonly Uri DynamoOnly = new("http://127.0.0.1:8000");

    private static AwsClientFactory Factory(AwsSettings settings) => new(settings, _ => null);

    private static AwsSettings Full => new()
    {
        Region = "eu-central-1",
        EndpointUrl = Global,
        ServiceEndpointUrls = new Dictionary<string, Uri> { ["DynamoDB"] = DynamoOnly },
        RetryMode = RequestRetryMode.Adaptive,
        MaxAttempts = 5,
        Timeout = TimeSpan.FromSeconds(7),
    };

    [Fact]
    public void CreateEc2Config_ExplicitSettings_AreApplied()
    {
        var config = Factory(Full).CreateEc2Config();

        Assert.Equal(Global.ToString(), config.ServiceURL);
        Assert.Equal("eu-central-1", config.AuthenticationRegion);
        Assert.Equal(RequestRetryMode.Adaptive, config.RetryMode);
        Assert.Equal(4, config.MaxErrorRetry);
        Assert.Equal(TimeSpan.FromSeconds(7), config.Timeout);
    }

    [Fact]
    public void CreateDynamoDbConfig_ServiceSpecificEndpoint_WinsOverGlobal() =>
        Assert.Equal(DynamoOnly.ToString(), Factory(Full).CreateDynamoDbConfig().ServiceURL);

    [Fact]
    public void CreateServiceClient_Ecs_ConfiguredLikeTheSdkClients()
    {
        using var client = Factory(Full).CreateServiceClient(AwsService.Ecs);
        var config = client.Configuration;

        Assert.Equal("ECS", config.ServiceId);
        Assert.Equal("ecs", config.AuthenticationServiceName);
        Assert.Equal("eu-central-1", config.AuthenticationRegion);
        Assert.Equal(Global.ToString(), config.ServiceURL);
        Assert.Equal(4, config.MaxErrorRetry);
        Assert.Equal(RequestRetryMode.Adaptive, config.RetryMode);
    }

    [Fact]
    public void Configure_RegionOnly_KeepsTheRegionalEndpoint()
    {
        var config = Factory(new AwsSettings { Region = "ap-southeast-2" }).CreateEc2Config();

        Assert.Equal("ap-southeast-2", config.RegionEndpoint?.SystemName);
        Assert.Equal("ap-southeast-2", config.AuthenticationRegion);
    }

    [Fact]
    public void Region_FromInjectedEnvironment_DefaultRegionIsHonoured() =>
        Assert.Equal("ca-central-1", new AwsClientFactory(new AwsSettings(), name => name == "AWS_DEFAULT_REGION" ? "ca-central-1" : null).Region);

    [Fact]
    public void Constructor_ZeroAttempts_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Factory(new AwsSettings { Region = "eu-west-1", MaxAttempts = 0 }));

    [Theory]
    [InlineData("ECS", "eu-west-1", null, "https://ecs.eu-west-1.amazonaws.com")]
    [InlineData("SNS", "eu-west-1", null, "https://sns.eu-west-1.amazonaws.com")]
    [InlineData("SNS", "cn-north-1", null, "https://sns.cn-north-1.amazonaws.com.cn")]
    [InlineData("ECS", "eu-west-1", "http://127.0.0.1:4566/", "http://127.0.0.1:4566/")]
    public void EndpointProvider_RegionAndOverride_GiveTheEndpoint(string serviceId, string region, string? configured, string expected)
    {
        var service = serviceId == "ECS" ? AwsService.Ecs : AwsService.Sns;
        var parameters = new Amazon.Runtime.Endpoints.EndpointParameters();
        parameters[ServiceEndpointProvider.RegionKey] = region;
        parameters[ServiceEndpointProvider.EndpointKey] = configured;

        Assert.Equal(expected, new ServiceEndpointProvider(service).ResolveEndpoint(parameters).URL);
    }
}
