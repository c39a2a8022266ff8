using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EcsWinReconciler.Aws.Configuration.Transport;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Aws.Ecs.Wire;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// ECS over its JSON 1.1 protocol (<c>POST /</c>, <c>application/x-amz-json-1.1</c>,
/// <c>X-Amz-Target: AmazonEC2ContainerServiceV20141113.&lt;Op&gt;</c>, SigV4 service <c>ecs</c>) on AWSSDK.Core's
/// pipeline, which retries ThrottlingException and 5xx with jittered exponential backoff up to the configured
/// attempts and stops when the token is cancelled. Build it with <c>AwsClientFactory.CreateEcsApi</c>.
/// </summary>
public sealed class EcsApiClient : IEcsApi, IDisposable
{
    public const string TargetPrefix = "AmazonEC2ContainerServiceV20141113";
    public const string ContentType = ServiceClient.JsonContentType;
    public const int MaxTasksPerDescribe = 100;
    public const int MaxContainerInstancesPerDescribe = 100;
    public const int MaxServicesPerDescribe = 10;

    /// <summary>The <c>include</c> value (botocore ServiceField / TaskField) that adds resource tags to a describe.</summary>
    private const string IncludeTags = "TAGS";

    private static readonly EcsJsonContext Json = EcsJsonContext.Default;
    private readonly ServiceClient _client;
    private readonly ILogger _logger;

    internal EcsApiClient(ServiceClient client, ILogger<EcsApiClient> logger)
    {
        _client = client;
        _logger = logger;
    }

    public Task<EcsBatch<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken) =>
        EcsBatching.RunAsync(tasks, MaxTasksPerDescribe, async (chunk, ct) =>
        {
            var response = await CallAsync("DescribeTasks", new DescribeTasksRequest(cluster, chunk), Json.DescribeTasksRequest, Json.DescribeTasksResponse, cluster, ct).ConfigureAwait(false);
            return (response.Tasks, response.Failures);
        }, cancellationToken);

    public async Task<EcsTaskPage> ListTasksAsync(EcsTaskFilter filter, string? nextToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var request = new ListTasksRequest(filter.Cluster, filter.Family, filter.ServiceName, filter.DesiredStatus, filter.LaunchType, filter.ContainerInstance, nextToken, filter.MaxResults);
        var response = await CallAsync("ListTasks", request, Json.ListTasksRequest, Json.ListTasksResponse, filter.Cluster, cancellationToken).ConfigureAwait(false);
        return new EcsTaskPage(response.TaskArns ?? [], string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken);
    }

    public async Task<EcsTaskDefinition> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken)
    {
        var response = await CallAsync("DescribeTaskDefinition", new DescribeTaskDefinitionRequest(taskDefinition), Json.DescribeTaskDefinitionRequest, Json.DescribeTaskDefinitionResponse, taskDefinition, cancellationToken).ConfigureAwait(false);
        return response.TaskDefinition
            ?? throw new EcsApiException(EcsErrorKind.Other, "DescribeTaskDefinition", taskDefinition, "the answer carries no taskDefinition", null, null);
    }

    public Task<EcsBatch<EcsContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken) =>
        EcsBatching.RunAsync(containerInstances, MaxContainerInstancesPerDescribe, async (chunk, ct) =>
        {
            var response = await CallAsync("DescribeContainerInstances", new DescribeContainerInstancesRequest(cluster, chunk), Json.DescribeContainerInstancesRequest, Json.DescribeContainerInstancesResponse, cluster, ct).ConfigureAwait(false);
            return (response.ContainerInstances, response.Failures);
        }, cancellationToken);

    public Task<EcsBatch<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken) =>
        EcsBatching.RunAsync(services, MaxServicesPerDescribe, async (chunk, ct) =>
        {
            var response = await CallAsync("DescribeServices", new DescribeServicesRequest(cluster, chunk), Json.DescribeServicesRequest, Json.DescribeServicesResponse, cluster, ct).ConfigureAwait(false);
            return (response.Services, response.Failures);
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>?> DescribeServiceTagsAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var request = new DescribeServicesRequest(cluster, [service], [IncludeTags]);
        var response = await CallAsync("DescribeServices", request, Json.DescribeServicesRequest, Json.DescribeServicesResponse, service, cancellationToken).ConfigureAwait(false);
        return response.Services is [var found, ..] ? EcsTag.ToMap(found.Tags) : null;
    }

    public async Task<IReadOnlyDictionary<string, string>?> DescribeTaskTagsAsync(string cluster, string task, CancellationToken cancellationToken)
    {
        var request = new DescribeTasksRequest(cluster, [task], [IncludeTags]);
        var response = await CallAsync("DescribeTasks", request, Json.DescribeTasksRequest, Json.DescribeTasksResponse, task, cancellationToken).ConfigureAwait(false);
        return response.Tasks is [var found, ..] ? EcsTag.ToMap(found.Tags) : null;
    }

    public async Task<EcsService?> UpdateServiceNetworkAsync(string cluster, string service, EcsAwsVpcConfiguration network, bool forceNewDeployment, CancellationToken cancellationToken)
    {
        var request = new UpdateServiceRequest(cluster, service, new EcsNetworkConfiguration { AwsvpcConfiguration = network }, forceNewDeployment);
        var response = await CallAsync("UpdateService", request, Json.UpdateServiceRequest, Json.UpdateServiceResponse, service, cancellationToken).ConfigureAwait(false);
        return response.Service;
    }

    public async Task<EcsTask?> StopTaskAsync(string cluster, string task, string? reason, CancellationToken cancellationToken)
    {
        var request = new StopTaskRequest(cluster, task, EcsStopReason.Truncate(reason));
        var response = await CallAsync("StopTask", request, Json.StopTaskRequest, Json.StopTaskResponse, task, cancellationToken).ConfigureAwait(false);
        return response.Task;
    }

    public void Dispose() => _client.Dispose();

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, string? resourceId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CallJsonAsync(TargetPrefix, operation, request, requestType, responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            throw new EcsApiException(EcsErrorKind.Other, operation, resourceId, "unreadable answer: " + error.Message, null, null, error);
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Ecs, operation, resourceId, cancellationToken) is { } failure)
        {
            var translated = new EcsApiException(failure);
            EcsLog.CallFailed(_logger, operation, resourceId, translated.Kind, translated.ErrorCode, translated.ServiceMessage);
            throw translated;
        }
    }
}
