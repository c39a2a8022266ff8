using EcsWinReconciler.Aws.Configuration;

namespace EcsWinReconciler.Aws.Tests.Configuration;

public class AwsSettingsTests
{
    [Fact]
    public void ExplicitEndpointFor_ServiceSpecific_WinsOverGlobal()
    {
        var settings = new AwsSettings
        {
            EndpointUrl = new Uri("http://127.0.0.1:4566"),
            ServiceEndpointUrls = new Dictionary<string, Uri> { ["ecs"] = new("http://127.0.0.1:5000") },
        };

        Assert.Equal(new Uri("http://127.0.0.1:5000"), settings.ExplicitEndpointFor(AwsService.Ecs));
        Assert.Equal(new Uri("http://127.0.0.1:4566"), settings.ExplicitEndpointFor(AwsService.Sns));
    }

    [Fact]
    public void ExplicitEndpointFor_NothingSet_IsNullSoTheSdkReadsTheEnvironment() =>
        Assert.Null(AwsSettings.FromEnvironment.ExplicitEndpointFor(AwsService.Ec2));

    [Theory]
    [InlineData("EC2", "AWS_ENDPOINT_URL_EC2")]
    [InlineData("ECS", "AWS_ENDPOINT_URL_ECS")]
    [InlineData("SNS", "AWS_ENDPOINT_URL_SNS")]
    [InlineData("DynamoDB", "AWS_ENDPOINT_URL_DYNAMODB")]
    public void EndpointVariable_ServiceId_IsTheSdkVariableName(string serviceId, string variable)
    {
        var service = new[] { AwsService.Ec2, AwsService.Ecs, AwsService.Sns, AwsService.DynamoDb }.Single(s => s.ServiceId == serviceId);
        Assert.Equal(variable, service.EndpointVariable);
    }
}
