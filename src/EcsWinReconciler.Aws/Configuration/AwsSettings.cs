using Amazon.Runtime;
using EcsWinReconciler.Aws.Members;

namespace EcsWinReconciler.Aws.Configuration;

/// <summary>
/// How every AWS client is built. Anything left null falls back to the environment, as the AWS SDKs define it:
/// AWS_REGION / AWS_DEFAULT_REGION / the profile's region; the default credential chain (environment keys with
/// Lambda's session token, profiles incl. SSO, container and instance roles); AWS_RETRY_MODE / AWS_MAX_ATTEMPTS;
/// AWS_ENDPOINT_URL_&lt;SERVICE&gt; then AWS_ENDPOINT_URL. Explicit values here win over all of them.
/// </summary>
public sealed record AwsSettings
{
    /// <summary>All defaults: everything comes from the environment.</summary>
    public static AwsSettings FromEnvironment { get; } = new();

    public string? Region { get; init; }

    /// <summary>The shared-config profile for credentials, region and endpoints (else AWS_PROFILE, else "default").</summary>
    public string? Profile { get; init; }

    /// <summary>Explicit credentials (the sandbox, tests); null = the SDK's default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    public RequestRetryMode? RetryMode { get; init; }

    /// <summary>Attempts per call including the first (the SDK's MaxErrorRetry is this minus one).</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>One endpoint for every service (LocalStack, moto, the sandbox). Plain http on loopback works.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Per-service endpoints keyed by <see cref="AwsService.ServiceId"/> (EC2, ECS, SNS, DynamoDB; any case); they win over <see cref="EndpointUrl"/>.</summary>
    public IReadOnlyDictionary<string, Uri>? ServiceEndpointUrls { get; init; }

    /// <summary>Per-attempt HTTP timeout; null = the SDK default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Per-attempt wait for the connection; null = the SDK default (none: the operating system's own).</summary>
    public TimeSpan? ConnectTimeout { get; init; }

    /// <summary>
    /// The role member.yaml creates in each member account, when this deployment is a hub with members; null = a
    /// single-account deployment (every call with the process's own credentials). Only calls made for a
    /// <see cref="MemberTarget"/> (<see cref="AwsClientFactory.ForMember"/>) use it.
    /// </summary>
    public MemberRoleSettings? MemberRole { get; init; }

    /// <summary>The explicit endpoint for <paramref name="service"/>: service-specific first, then the global one.</summary>
    public Uri? ExplicitEndpointFor(AwsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        foreach (var (id, url) in ServiceEndpointUrls ?? new Dictionary<string, Uri>())
        {
            if (string.Equals(id, service.ServiceId, StringComparison.OrdinalIgnoreCase))
            {
                return url;
            }
        }

        return EndpointUrl;
    }
}
