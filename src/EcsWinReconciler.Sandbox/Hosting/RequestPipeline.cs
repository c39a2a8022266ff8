using EcsWinReconciler.Sandbox.Diagnostics;
using EcsWinReconciler.Sandbox.Ec2;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Resolver;
using EcsWinReconciler.Sandbox.Sns;
using EcsWinReconciler.Sandbox.Sqs;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Sts;
using EcsWinReconciler.Sandbox.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// Serves one API request: route, check SigV4, inject faults, dispatch, translate errors into the service's error
/// body, log the call, then run due ENI deletions — so a deletion lands between two calls. DynamoDB calls are relayed
/// (<see cref="DynamoDbRelay"/>).
/// </summary>
internal sealed class RequestPipeline(SandboxState state, SandboxOptions options, CallLog calls, FaultPlan faults, AdminHttp admin, DynamoDbRelay dynamo, SandboxAccounts accounts)
{
    private const int MaxBodyBytes = 1 << 20;
    private readonly ILogger _logger = options.LoggerFactory.CreateLogger("EcsWinReconciler.Sandbox");

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (context.Request.Path.StartsWithSegments(AdminHttp.Prefix, StringComparison.Ordinal))
        {
            await admin.HandleAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (DynamoDbRelay.Handles(context.Request))
        {
            var (status, errorCode) = await dynamo.RelayAsync(context, body, cancellationToken).ConfigureAwait(false);
            var operation = context.Request.Headers["X-Amz-Target"].ToString()[DynamoDbRelay.TargetPrefix.Length..];
            calls.Record("dynamodb", operation, status, errorCode, options.TimeProvider.GetUtcNow());
            return;
        }

        var call = CallRouter.Route(
            context.Request.Headers["X-Amz-Target"].ToString(),
            context.Request.ContentType,
            context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty,
            body,
            context.Request.Headers.Authorization.ToString());
        var requestId = state.Write(w => w.Ids.Uuid());
        var response = await AnswerAsync(call, requestId, cancellationToken).ConfigureAwait(false);

        // Who called: the key it was signed with, and the account that key acts in (an assumed member session, else the hub).
        var accessKey = SigV4Check.AccessKey(call.Authorization);
        calls.Record(call.Service.Name(), call.Operation, response.Status, response.ErrorCode, options.TimeProvider.GetUtcNow(),
            accessKey, accessKey is null ? null : accounts.AccountOf(accessKey));
        SandboxLog.Answered(_logger, call.Service.Name(), call.Operation, response.Status, response.ErrorCode);
        DeleteDueEnis();

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApiResponse> AnswerAsync(IncomingCall call, string requestId, CancellationToken cancellationToken)
    {
        try
        {
            SigV4Check.Require(call.Service, call.Authorization);
            var fault = faults.Next(call.Service.Name(), call.Operation);
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (fault.Error is { } injected)
            {
                SandboxLog.FaultInjected(_logger, call.Service.Name(), call.Operation, injected.Code);
                throw injected;
            }

            return Dispatch(call, requestId);
        }
        catch (ApiException error)
        {
            return ErrorBodies.For(call.Service, error, requestId);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // A sandbox bug or an input it cannot model: answer like AWS's own 500 rather than dropping the connection.
            SandboxLog.Failed(_logger, call.Service.Name(), call.Operation, unexpected);
            return ErrorBodies.For(call.Service, InjectedFault.Internal(call.Service.Name(), 500), requestId);
        }
    }

    private ApiResponse Dispatch(IncomingCall call, string requestId) => call.Service switch
    {
        AwsService.Ec2 when call.Operation.Length == 0 => throw new ApiException("MissingAction", "The request must contain the parameter Action"),
        AwsService.Ec2 => Ec2Api.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Sns => SnsApi.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Route53Resolver => ResolverApi.Handle(call.Operation, call.Body, state),
        AwsService.Sts => StsApi.Handle(call.Operation, call.Query, accounts, SigV4Check.AccessKey(call.Authorization), requestId),
        AwsService.Sqs when call.Query["Action"] is not null => SqsQuery.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Sqs => SqsApi.Handle(call.Operation, call.Body, state),
        _ => EcsApi.Handle(call.Operation, call.Body, state, options.Lifecycle),
    };

    private void DeleteDueEnis()
    {
        foreach (var eniId in faults.AfterCall())
        {
            state.Write(w => w.NetworkInterfaces.Remove(eniId));
            SandboxLog.EniDeleted(_logger, eniId);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.Length <= MaxBodyBytes
            ? buffer.ToArray()
            : throw new BadHttpRequestException("request body too large", StatusCodes.Status413PayloadTooLarge);
    }
}
