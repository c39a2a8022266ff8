using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>Our ECS requests, answers and error codes against the official ECS API model.</summary>
public class EcsModelConformanceTests
{
    /// <summary>AWS common errors every JSON API may return (AmazonECS/latest/APIReference/CommonErrors.html); not in the model.</summary>
    private static readonly string[] CommonErrors = ["ThrottlingException", "AccessDeniedException", "InternalFailure", "ServiceUnavailable"];

    private static readonly EcsAwsVpcConfiguration Network = new() { Subnets = ["s"], SecurityGroups = ["g"], AssignPublicIp = "DISABLED" };

    /// <summary>Every request we can send, with every optional member set.</summary>
    private static readonly (string Operation, byte[] Json)[] Requests =
    [
        ("DescribeTasks", JsonSerializer.SerializeToUtf8Bytes(new DescribeTasksRequest("c", ["t"]), EcsJsonContext.Default.DescribeTasksRequest)),
        ("ListTasks", JsonSerializer.SerializeToUtf8Bytes(new ListTasksRequest("c", "f", "s", "RUNNING", "EC2", "ci", "n", 10), EcsJsonContext.Default.ListTasksRequest)),
        ("DescribeTaskDefinition", JsonSerializer.SerializeToUtf8Bytes(new DescribeTaskDefinitionRequest("f:1"), EcsJsonContext.Default.DescribeTaskDefinitionRequest)),
        ("DescribeContainerInstances", JsonSerializer.SerializeToUtf8Bytes(new DescribeContainerInstancesRequest("c", ["ci"]), EcsJsonContext.Default.DescribeContainerInstancesRequest)),
        ("DescribeServices", JsonSerializer.SerializeToUtf8Bytes(new DescribeServicesRequest("c", ["s"]), EcsJsonContext.Default.DescribeServicesRequest)),
        ("UpdateService", JsonSerializer.SerializeToUtf8Bytes(new UpdateServiceRequest("c", "s", new EcsNetworkConfiguration { AwsvpcConfiguration = Network }, true), EcsJsonContext.Default.UpdateServiceRequest)),
        ("StopTask", JsonSerializer.SerializeToUtf8Bytes(new StopTaskRequest("c", "t", "r"), EcsJsonContext.Default.StopTaskRequest)),
    ];

    private static readonly (string Operation, Type Response)[] Responses =
    [
        ("DescribeTasks", typeof(DescribeTasksResponse)),
        ("ListTasks", typeof(ListTasksResponse)),
        ("DescribeTaskDefinition", typeof(DescribeTaskDefinitionResponse)),
        ("DescribeContainerInstances", typeof(DescribeContainerInstancesResponse)),
        ("DescribeServices", typeof(DescribeServicesResponse)),
        ("UpdateService", typeof(UpdateServiceResponse)),
        ("StopTask", typeof(StopTaskResponse)),
    ];

    [BotocoreFact]
    public void Protocol_TargetPrefixAndContentType_MatchTheModel()
    {
        using var model = BotocoreModels.Load("ecs");
        var metadata = model.RootElement.GetProperty("metadata");

        Assert.Equal(EcsApiClient.TargetPrefix, metadata.GetProperty("targetPrefix").GetString());
        Assert.Equal(EcsApiClient.ContentType, "application/x-amz-json-" + metadata.GetProperty("jsonVersion").GetString());
        Assert.Equal("ECS", metadata.GetProperty("serviceId").GetString());
        Assert.Equal("v4", metadata.GetProperty("signatureVersion").GetString());
    }

    [BotocoreFact]
    public void Requests_EveryMemberWeSend_IsInTheOperationInput()
    {
        using var model = BotocoreModels.Load("ecs");
        foreach (var (operation, json) in Requests)
        {
            var definition = model.RootElement.GetProperty("operations").GetProperty(operation);
            Assert.Equal("POST", definition.GetProperty("http").GetProperty("method").GetString());
            using var body = JsonDocument.Parse(json);
            ModelShapes.AssertJsonMembersExist(model.RootElement, definition.GetProperty("input").GetProperty("shape").GetString()!, body.RootElement, operation);
        }
    }

    /// <summary>
    /// Members ECS added after Debian's python3-botocore 1.29 model was cut: <c>credentialSpecs</c> (gMSA on Linux and
    /// domainless Windows, 2023) is in the ECS API reference's ContainerDefinition and in later botocore models.
    /// </summary>
    private static readonly HashSet<string> NewerThanModel = ["ContainerDefinition.credentialSpecs"];

    [BotocoreFact]
    public void Responses_EveryMemberWeRead_IsInTheOperationOutput()
    {
        using var model = BotocoreModels.Load("ecs");
        foreach (var (operation, type) in Responses)
        {
            var output = model.RootElement.GetProperty("operations").GetProperty(operation).GetProperty("output").GetProperty("shape").GetString()!;
            ModelShapes.AssertPropertiesExist(model.RootElement, output, type, operation, newerThanModel: NewerThanModel);
        }
    }

    [BotocoreFact]
    public void ErrorCodes_EveryCodeWeMap_IsInTheModelOrACommonError()
    {
        using var model = BotocoreModels.Load("ecs");
        var exceptions = model.RootElement.GetProperty("shapes").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("exception", out _))
            .Select(s => s.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(EcsErrorCodes.Mapped, code => Assert.True(exceptions.Contains(code) || CommonErrors.Contains(code), $"{code} is neither an ECS exception shape nor a common error"));
        Assert.Contains(EcsErrorCodes.ServiceNotActive, exceptions);
    }

    [BotocoreFact]
    public void Check_MemberNotInTheModel_IsCaught()
    {
        using var model = BotocoreModels.Load("ecs");
        using var wrong = JsonDocument.Parse("""{"cluster":"c","networkConfiguration":{"awsvpcConfiguration":{"subnet":["s"]}}}""");

        var error = Assert.ThrowsAny<Exception>(() => ModelShapes.AssertJsonMembersExist(model.RootElement, "UpdateServiceRequest", wrong.RootElement, "UpdateService"));
        Assert.Contains("awsvpcConfiguration.subnet", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => ModelShapes.AssertPropertiesExist(model.RootElement, "Failure", typeof(EcsTask), "x"));
    }
}
