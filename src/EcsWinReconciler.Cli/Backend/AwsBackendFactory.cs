using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Composition;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// The real backend: the composition root the Lambda functions use (<see cref="AwsBackend"/>), built from the common
/// options, with the stack's tables and topic from --specs-table / --state-table / --topic-arn, else from the
/// EWR_* variables the Lambda functions read, else the defaults of <see cref="ReconcilerDeployment"/>; the
/// remediation budget from EWR_REMEDIATION_BUDGET / EWR_REMEDIATION_WINDOW_MINUTES, as the functions count it.
/// </summary>
public sealed class AwsBackendFactory(Func<string, string?> environment, TimeProvider time, TextWriter log) : IBackendFactory
{
    public IBackend Create(BackendOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (CredentialDiagnosis.MissingProfile(options.Profile, environment) is { } missing)
        {
            throw missing;
        }

        var stack = ReadSettings();
        var deployment = Deployment(options, stack);
        var settings = new AwsSettings
        {
            Profile = options.Profile, Region = options.Region, EndpointUrl = options.EndpointUrl, Timeout = options.ReadTimeout, ConnectTimeout = options.ConnectTimeout,
        };
        var region = new AwsClientFactory(settings, environment).Region ?? throw new CliException(
            "no AWS region is set",
            "pass --region (e.g. --region eu-west-1), set AWS_REGION, or give the profile a region ('aws configure set region eu-west-1 --profile NAME')",
            ExitCodes.Aws);
        settings = settings with { MemberRole = MemberRole(stack, region) };
        var loggers = options.Verbose ? new StderrLoggerFactory(log, LogLevel.Debug) : null;
        try
        {
            return new AwsCliBackend(
                new AwsBackend(settings, deployment, time, loggers), Describe(options, region, deployment),
                account => new AwsBackend(settings, deployment with { HomeAccount = account }, time, loggers), time);
        }
        catch (AmazonClientException e) when (e.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("profile", StringComparison.OrdinalIgnoreCase))
        {
            // AmazonEC2Client resolves credentials in its constructor, so a missing profile surfaces here, before any call.
            throw CredentialDiagnosis.Explain(options.Profile, environment);
        }
    }

    public DynamoTableNames TablesFor(BackendOptions options) => Deployment(options, ReadSettings()).Tables;

    /// <summary>
    /// The deployment as the Lambda functions see it (the one reader of the EWR_* variables they share, so the
    /// remediation budget is counted with the same maximum and window), with the CLI's options on top.
    /// </summary>
    internal ReconcilerDeployment Deployment(BackendOptions options) => Deployment(options, ReadSettings());

    private static ReconcilerDeployment Deployment(BackendOptions options, DeploymentSettings settings)
    {
        var defaults = ReconcilerDeployment.Default;
        return new ReconcilerDeployment(
            new DynamoTableNames(options.SpecsTable ?? settings.SpecsTable ?? defaults.Tables.Specs, options.StateTable ?? settings.StateTable ?? defaults.Tables.State),
            options.AlertTopicArn ?? settings.AlertTopicArn,
            settings.Budget)
        {
            HomeAccount = settings.AccountId,
        };
    }

    private DeploymentSettings ReadSettings()
    {
        try
        {
            return DeploymentSettings.Read(environment);
        }
        catch (ConfigurationException e)
        {
            throw new CliException(e.Message, "fix or unset the EWR_* variables named; they are the ones the Lambda functions read", ExitCodes.Usage);
        }
    }

    /// <summary>
    /// The role to assume in a member (<c>ewr reconcile --account</c>): the functions' (EWR_MEMBER_ACCOUNTS or _ORGANIZATION with
    /// EWR_MEMBER_EXTERNAL_ID), else EWR_MEMBER_EXTERNAL_ID alone is enough here (the CLI never lists members, the specs do).
    /// </summary>
    private MemberRoleSettings? MemberRole(DeploymentSettings settings, string region) =>
        settings.MemberRole ?? (environment(EnvironmentVariables.MemberExternalId) is { Length: > 0 } externalId
            ? new MemberRoleSettings(environment(EnvironmentVariables.MemberRoleName) is { Length: > 0 } name ? name : MemberRoleSettings.DefaultRoleName, externalId)
            {
                Partition = AwsPartition.OfRegion(region),
            }
            : null);

    private static string Describe(BackendOptions options, string region, ReconcilerDeployment deployment) =>
        $"AWS {region}{(options.Profile is null ? string.Empty : $", profile {options.Profile}")}" +
        $"{(options.EndpointUrl is null ? string.Empty : $", endpoint {options.EndpointUrl}")}" +
        $", tables {deployment.Tables.Specs} and {deployment.Tables.State}, topic {deployment.AlertTopicArn ?? "(none)"}";

    /// <summary>
    /// The CLI's view of <see cref="AwsBackend"/>: its ports, its places, and the clients it owns disposed with it. When the
    /// deployment does not say the hub's account (EWR_ACCOUNT_ID) and a command needs it, it is asked of STS once and a
    /// backend that knows it answers for the places (a spec naming the hub's own account is then the hub's, as the functions see it).
    /// </summary>
    private sealed class AwsCliBackend(AwsBackend backend, string description, Func<string, AwsBackend> withHomeAccount, TimeProvider time) : IBackend
    {
        private AwsBackend? _hub;

        public Core.Reconciliation.ReconcilerPorts Ports => backend.Ports;

        public FunctionPorts FunctionPorts { get; } = AwsPortsFactory.PortsOf(backend);

        public string Description { get; } = description;

        public Task<IReadOnlyList<TableSetupResult>> CreateTablesAsync(CancellationToken cancellationToken) =>
            DynamoTableSetup.CreateTablesAsync(backend.DynamoDb, backend.Tables, cancellationToken);

        public Task<string> CallerArnAsync(CancellationToken cancellationToken) => backend.CallerArnAsync(cancellationToken);

        public async Task<IPlaces?> PlacesAsync(bool homeAccountNeeded, CancellationToken cancellationToken)
        {
            if (_hub is not null || backend.Home.Account.Length > 0)
            {
                return _hub ?? backend;
            }

            // One place and no --account: the hub's account is not needed, and single-account users make no extra call.
            if (!homeAccountNeeded && (await backend.PlacesAsync(cancellationToken).ConfigureAwait(false)).Count == 1)
            {
                return backend;
            }

            _hub = withHomeAccount(HomeAccount.OfCaller(await backend.CallerArnAsync(cancellationToken).ConfigureAwait(false)));
            return _hub;
        }

        public StoredState StoredStateOf(AccountRegion place)
        {
            // The keys the functions write the place's state under: the hub's own as always, a member's with its account and region.
            var hub = _hub ?? backend;
            var state = place == hub.Home ? StatePlace.Home : StatePlace.Of(place);
            return new StoredState(
                new SpecsOfPlace(backend.Ports.Specs, place, hub.Home),
                new DynamoStatusStore(backend.DynamoDb, backend.Tables.State, time, place: state),
                new DynamoAlertStore(backend.DynamoDb, backend.Tables.State, place: state));
        }

        public void Dispose()
        {
            _hub?.Dispose();
            backend.Dispose();
        }
    }
}
