namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// ECS error codes (<c>__type</c> without its namespace). All but the common ones are exception shapes of the ECS
/// model; ThrottlingException and AccessDeniedException are also AWS common errors.
/// </summary>
public static class EcsErrorCodes
{
    public const string Throttling = "ThrottlingException";
    public const string Server = "ServerException";
    public const string Client = "ClientException";
    public const string InvalidParameter = "InvalidParameterException";
    public const string ClusterNotFound = "ClusterNotFoundException";
    public const string ServiceNotFound = "ServiceNotFoundException";
    public const string ServiceNotActive = "ServiceNotActiveException";
    public const string AccessDenied = "AccessDeniedException";

    /// <summary>Every code <see cref="EcsErrors.Classify"/> maps to a kind of its own.</summary>
    public static IReadOnlyList<string> Mapped { get; } =
        [Throttling, Server, Client, InvalidParameter, ClusterNotFound, ServiceNotFound, ServiceNotActive, AccessDenied];
}
