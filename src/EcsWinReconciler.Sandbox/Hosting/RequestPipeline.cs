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
/// Serves one API request: route, pick the world that answers it (<see cref="WorldOf"/>), check SigV4, inject faults,
/// dispatch, translate errors into the service's error body, log the call, then run due ENI deletions — so a deletion
/// lands between two calls. DynamoDB calls are relayed (<see cref="DynamoDbRelay"/>).
/// </summary>
internal sealed class RequestPipeline(SandboxWorlds worlds, SandboxOptions options, AdminHttp admin, DynamoDbRelay dynamo)
{
    private const int MaxBodyBytes = 1 << 20;
    private readonly ILogger _logger = options.LoggerFactory.CreateLogger("EcsWinReconciler.Sandbox");

    // One log, one fault plan and one set of accounts for every world.
    private readonly CallLog _calls = worlds.Hub.Calls;
    private readonly FaultPlan _faults = worlds.Hub.Faults;
    private readonly SandboxAccounts _accounts = worlds.Hub.Accounts;

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
            _calls.Record("dynamodb", operation, status, errorCode, options.TimeProvider.GetUtcNow());
            return;
        }

        var call = CallRouter.Route(
            context.Request.Headers["X-Amz-Target"].ToString(),
            context.Request.ContentType,
            context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty,
            body,
            context.Request.Headers.Authorization.ToString());
        var accessKey = SigV4Check.AccessKey(call.Authorization);
        var state = WorldOf(accessKey, call.Authorization);
        var requestId = state.Write(w => w.Ids.Uuid());
        var response = await AnswerAsync(call, state, requestId, cancellationToken).ConfigureAwait(false);

        // Who called and where: the key it was signed with, and the world that answered (the key's account, the scope's region).
        _calls.Record(call.Service.Name(), call.Operation, response.Status, response.ErrorCode, options.TimeProvider.GetUtcNow(),
            accessKey, accessKey is null ? null : _accounts.AccountOf(accessKey), SigV4Check.Region(call.Authorization));
        SandboxLog.Answered(_logger, call.Service.Name(), call.Operation, response.Status, response.ErrorCode);
        DeleteDueEnis();

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The world a call is answered from: the account its access key acts in (a member's assumed session, else the hub)
    /// in the region of its credential scope. A call without a well-formed scope goes to the hub's, which rejects it.
    /// </summary>
    private SandboxState WorldOf(string? accessKey, string? authorization) =>
        SigV4Check.Region(authorization) is { } region
            ? worlds.Get(_accounts.AccountOf(accessKey), region).State
            : worlds.Hub.State;

    private async Task<ApiResponse> AnswerAsync(IncomingCall call, SandboxState state, string requestId, CancellationToken cancellationToken)
    {
        try
        {
            SigV4Check.Require(call.Service, call.Authorization);
            var fault = _faults.Next(call.Service.Name(), call.Operation, state.AccountId, state.Region);
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (fault.Error is { } injected)
            {
                SandboxLog.FaultInjected(_logger, call.Service.Name(), call.Operation, injected.Code);
                throw injected;
            }

            return Dispatch(call, state, requestId);
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

    private ApiResponse Dispatch(IncomingCall call, SandboxState state, string requestId) => call.Service switch
    {
        AwsService.Ec2 when call.Operation.Length == 0 => throw new ApiException("MissingAction", "The request must contain the parameter Action"),
        AwsService.Ec2 => Ec2Api.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Sns => SnsApi.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Route53Resolver => ResolverApi.Handle(call.Operation, call.Body, state),
        AwsService.Sts => StsApi.Handle(call.Operation, call.Query, _accounts, SigV4Check.AccessKey(call.Authorization), requestId),
        AwsService.Sqs when call.Query["Action"] is not null => SqsQuery.Handle(call.Operation, call.Query, state, requestId),
        AwsService.Sqs => SqsApi.Handle(call.Operation, call.Body, state),
        _ => EcsApi.Handle(call.Operation, call.Body, state, options.Lifecycle),
    };

    /// <summary>
    /// Deletes the ENIs whose time has come from the first world that holds them, the hub's first: invented ids are
    /// distinct across worlds, while the hosts' primary ENIs, like every fixed scenario id, repeat in each.
    /// </summary>
    private void DeleteDueEnis()
    {
        foreach (var eniId in _faults.AfterCall())
        {
            if (worlds.All().Any(world => world.DeleteNetworkInterface(eniId)))
            {
                SandboxLog.EniDeleted(_logger, eniId);
            }
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
