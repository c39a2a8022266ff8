using System.Net;
using EcsWinReconciler.Aws.Errors;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// The kinds of ECS error the adapters tell apart. Throttling and server failures are ECS's facts in
/// <see cref="AwsErrorFacts"/>; the translation itself is <see cref="AwsErrorTranslator"/>'s, as for every service.
/// </summary>
public static class EcsErrors
{
    public static EcsErrorKind Classify(string? code, HttpStatusCode? status) => code switch
    {
        _ when AwsErrorFacts.Ecs.IsThrottling(code) => EcsErrorKind.Throttling,
        _ when AwsErrorFacts.Ecs.IsServerFailure(code) => EcsErrorKind.Server,
        EcsErrorCodes.Client => EcsErrorKind.ClientException,
        EcsErrorCodes.InvalidParameter => EcsErrorKind.InvalidParameter,
        EcsErrorCodes.ClusterNotFound => EcsErrorKind.ClusterNotFound,
        EcsErrorCodes.ServiceNotFound => EcsErrorKind.ServiceNotFound,
        EcsErrorCodes.ServiceNotActive => EcsErrorKind.ServiceNotActive,
        EcsErrorCodes.AccessDenied or "AccessDenied" => EcsErrorKind.AccessDenied,
        _ when status == HttpStatusCode.TooManyRequests => EcsErrorKind.Throttling,
        _ when (int?)status >= 500 => EcsErrorKind.Server,
        _ => EcsErrorKind.Other,
    };

    public static bool IsTransient(EcsErrorKind kind) => kind is EcsErrorKind.Throttling or EcsErrorKind.Server or EcsErrorKind.Network;
}
