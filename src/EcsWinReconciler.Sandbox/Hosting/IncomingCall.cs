using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// Which service and operation a request is for, and its parameters: ECS and Route 53 Resolver by <c>X-Amz-Target</c> (JSON body),
/// EC2 and SNS by the form's <c>Action</c> and the SigV4 credential scope's service (or, unsigned, the API
/// <c>Version</c>).
/// </summary>
internal sealed record IncomingCall(AwsService Service, string Operation, QueryParameters Query, byte[] Body, string? Authorization);
