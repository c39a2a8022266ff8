using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.SecurityToken;
using Amazon.SQS;
using EcsWinReconciler.Aws.Configuration.Deadlines;
using EcsWinReconciler.Aws.Configuration.Transport;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Aws.Sns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Configuration;

/// <summary>
/// Builds every AWS client from one <see cref="AwsSettings"/>: the SDK's EC2 and DynamoDB clients and our ECS and
/// SNS clients, with the same region, credentials, retry mode, endpoint rules and signer (AWSSDK.Core's
/// <c>AWS4Signer</c>, which reads the SDK's clock with its clock-skew correction).
/// </summary>
/// <remarks>
/// What AWSSDK.Core 4.1 already does is left to it (measured): AWS_ENDPOINT_URL_&lt;SERVICEID&gt; before
/// AWS_ENDPOINT_URL before the profile's endpoint_url, AWS_RETRY_MODE, AWS_MAX_ATTEMPTS (both read once per
/// process), AWS_REGION, AWS_PROFILE and the default credential chain. This type adds what it lacks: explicit settings that win over the environment,
/// AWS_DEFAULT_REGION, and the signing region pinned to the resolved region — with an endpoint override the SDK
/// otherwise signs for us-east-1 whatever the region (it derives the region from the endpoint's host name).
/// </remarks>
public sealed class AwsClientFactory
{
    private readonly AwsSettings _settings;
    private readonly ILoggerFactory _loggerFactory;
    private readonly Lazy<MemberCredentialsProvider> _members;

    public AwsClientFactory(AwsSettings settings, Func<string, string?>? environment = null, ILoggerFactory? loggerFactory = null)
        : this(settings, environment, loggerFactory, members: null)
    {
    }

    private AwsClientFactory(AwsSettings settings, Func<string, string?>? environment, ILoggerFactory? loggerFactory, Lazy<MemberCredentialsProvider>? members)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.MaxAttempts is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.MaxAttempts, "MaxAttempts counts the first attempt, so it is at least 1");
        }

        _settings = settings;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Region = RegionChoice.Resolve(settings.Region, environment ?? Environment.GetEnvironmentVariable, () => SdkRegion(settings.Profile));

        // Made on the first member call only: a single-account deployment never builds an STS client.
        _members = members ?? new Lazy<MemberCredentialsProvider>(CreateMemberCredentials);
    }

    /// <summary>The region every client uses and signs for; null when none could be found (clients then fail on first use).</summary>
    public string? Region { get; }

    /// <summary>When set, every client this factory builds counts its calls here (the Lambda's ApiCalls metric).</summary>
    public AwsCallCounter? Calls { get; init; }

    /// <summary>
    /// When set, every client this factory builds keeps each call inside the invocation's end (<see cref="CallDeadline.Until"/>):
    /// no attempt starts that cannot finish before it, each attempt is cut at it, and no retry waits past it.
    /// </summary>
    public CallDeadline? Deadline { get; init; }

    /// <summary>The clock the member role's credentials expire by (tests pass a fake one); the system clock by default.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The factory for calls on a member's resources: the member's region, signed with the member role's credentials
    /// (assumed through STS in this factory's region, held per account and region until shortly before they expire).
    /// Null is the hub's own account: this factory itself, so a single-account deployment is untouched.
    /// </summary>
    /// <exception cref="InvalidOperationException">No member role is configured (<see cref="AwsSettings.MemberRole"/>).</exception>
    public AwsClientFactory ForMember(MemberTarget? member)
    {
        if (member is null)
        {
            return this;
        }

        if (_settings.MemberRole is null)
        {
            throw new InvalidOperationException($"a call for member {member} needs the member role's name and external id; none is configured");
        }

        // The member's region and role; endpoints, retries and timeouts as the hub's (a profile still gives endpoints:
        // explicit credentials win over its keys).
        var settings = _settings with { Region = member.Region, Credentials = _members.Value.For(member) };
        return new AwsClientFactory(settings, _ => null, _loggerFactory, _members) { Calls = Calls, Deadline = Deadline, Time = Time };
    }

    /// <summary>The factory for the hub's own account in another region: the same credentials, the other region's endpoints.</summary>
    public AwsClientFactory ForRegion(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return region == Region
            ? this
            : new AwsClientFactory(_settings with { Region = region }, _ => null, _loggerFactory, _members) { Calls = Calls, Deadline = Deadline, Time = Time };
    }

    /// <summary>STS in this factory's region (its regional endpoint; AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL honoured as for every client).</summary>
    public IAmazonSecurityTokenService CreateStsClient() => Counted<IAmazonSecurityTokenService>(
        new DeadlineBoundStsClient(_settings.Credentials, Configure(new AmazonSecurityTokenServiceConfig(), AwsService.Sts), Deadline));

    public AmazonEC2Config CreateEc2Config() => Configure(new AmazonEC2Config(), AwsService.Ec2);

    public AmazonDynamoDBConfig CreateDynamoDbConfig() => Configure(new AmazonDynamoDBConfig(), AwsService.DynamoDb);

    public IAmazonEC2 CreateEc2Client() => Counted<IAmazonEC2>(Deadline is null
        ? _settings.Credentials is { } credentials ? new AmazonEC2Client(credentials, CreateEc2Config()) : new AmazonEC2Client(CreateEc2Config())
        : new DeadlineBoundEc2Client(_settings.Credentials, CreateEc2Config(), Deadline));

    public AmazonSQSConfig CreateSqsConfig() => Configure(new AmazonSQSConfig(), AwsService.Sqs);

    /// <summary>The SDK's SQS client (JSON protocol): the re-check queue.</summary>
    public IAmazonSQS CreateSqsClient() => Counted<IAmazonSQS>(Deadline is null
        ? _settings.Credentials is { } credentials ? new AmazonSQSClient(credentials, CreateSqsConfig()) : new AmazonSQSClient(CreateSqsConfig())
        : new DeadlineBoundSqsClient(_settings.Credentials, CreateSqsConfig(), Deadline));

    public IAmazonDynamoDB CreateDynamoDbClient() => Counted<IAmazonDynamoDB>(Deadline is null
        ? _settings.Credentials is { } credentials ? new AmazonDynamoDBClient(credentials, CreateDynamoDbConfig()) : new AmazonDynamoDBClient(CreateDynamoDbConfig())
        : new DeadlineBoundDynamoDbClient(_settings.Credentials, CreateDynamoDbConfig(), Deadline));

    /// <summary>Our ECS JSON 1.1 client (the one type behind which the whole ECS wire surface lives).</summary>
    public EcsApiClient CreateEcsApi() =>
        new(CreateServiceClient(AwsService.Ecs), _loggerFactory.CreateLogger<EcsApiClient>());

    /// <summary>Our SNS Query-protocol client.</summary>
    /// <summary>Our STS Query client (GetCallerIdentity only).</summary>
    public Sts.StsApiClient CreateStsApi() => new(CreateStsClient());

    public SnsApiClient CreateSnsApi() =>
        new(CreateServiceClient(AwsService.Sns), _loggerFactory.CreateLogger<SnsApiClient>());

    /// <summary>Our Route 53 Resolver JSON 1.1 client (the forwarding-rule reads).</summary>
    public ResolverApiClient CreateResolverApi() => new(CreateServiceClient(AwsService.Route53Resolver));

    internal ServiceClient CreateServiceClient(AwsService service) =>
        Counted(new ServiceClient(_settings.Credentials, Configure(new ServiceClientConfig(service), service), Deadline));

    internal T Configure<T>(T config, AwsService service)
        where T : ClientConfig
    {
        // RegionEndpoint and ServiceURL are exclusive in the SDK (setting one clears the other), so the region
        // goes in first and the signing region is pinned separately.
        if (Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            config.AuthenticationRegion = region;
        }

        if (_settings.ExplicitEndpointFor(service) is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
        }

        if (_settings.Profile is { } profile)
        {
            config.Profile = new Profile(profile);
        }

        if (_settings.RetryMode is { } mode)
        {
            config.RetryMode = mode;
        }

        if (_settings.MaxAttempts is { } attempts)
        {
            config.MaxErrorRetry = attempts - 1;
        }

        if (_settings.Timeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (_settings.ConnectTimeout is { } connect)
        {
            config.ConnectTimeout = connect;
        }

        return config;
    }

    private MemberCredentialsProvider CreateMemberCredentials() =>
        new(CreateStsClient(), _settings.MemberRole ?? throw new InvalidOperationException("no member role configured"), Time,
            _loggerFactory.CreateLogger<MemberCredentialsProvider>());

    private T Counted<T>(T client)
        where T : class => Calls is { } calls ? calls.Watch(client) : client;

    private static string? SdkRegion(string? profileName)
    {
        if (profileName is not null)
        {
            return new CredentialProfileStoreChain().TryGetProfile(profileName, out var profile) ? profile.Region?.SystemName : null;
        }

        return FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
    }
}
