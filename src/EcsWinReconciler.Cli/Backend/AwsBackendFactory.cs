using Amazon.Runtime;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Hosting;
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

        var deployment = Deployment(options);
        var settings = new AwsSettings
        {
            Profile = options.Profile, Region = options.Region, EndpointUrl = options.EndpointUrl, Timeout = options.ReadTimeout, ConnectTimeout = options.ConnectTimeout,
        };
        var region = new AwsClientFactory(settings, environment).Region ?? throw new CliException(
            "no AWS region is set",
            "pass --region (e.g. --region eu-west-1), set AWS_REGION, or give the profile a region ('aws configure set region eu-west-1 --profile NAME')",
            ExitCodes.Aws);
        var loggers = options.Verbose ? new StderrLoggerFactory(log, LogLevel.Debug) : null;
        try
        {
            return new AwsCliBackend(new AwsBackend(settings, deployment, time, loggers), Describe(options, region, deployment));
        }
        catch (AmazonClientException e) when (e.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("profile", StringComparison.OrdinalIgnoreCase))
        {
            // AmazonEC2Client resolves credentials in its constructor, so a missing profile surfaces here, before any call.
            throw CredentialDiagnosis.Explain(options.Profile, environment);
        }
    }

    public DynamoTableNames TablesFor(BackendOptions options) => Deployment(options).Tables;

    /// <summary>
    /// The deployment as the Lambda functions see it (the one reader of the EWR_* variables they share, so the
    /// remediation budget is counted with the same maximum and window), with the CLI's options on top.
    /// </summary>
    internal ReconcilerDeployment Deployment(BackendOptions options)
    {
        DeploymentSettings settings;
        try
        {
            settings = DeploymentSettings.Read(environment);
        }
        catch (ConfigurationException e)
        {
            throw new CliException(e.Message, "fix or unset the EWR_* variables named; they are the ones the Lambda functions read", ExitCodes.Usage);
        }

        var defaults = ReconcilerDeployment.Default;
        return new ReconcilerDeployment(
            new DynamoTableNames(options.SpecsTable ?? settings.SpecsTable ?? defaults.Tables.Specs, options.StateTable ?? settings.StateTable ?? defaults.Tables.State),
            options.AlertTopicArn ?? settings.AlertTopicArn,
            settings.Budget);
    }

    private static string Describe(BackendOptions options, string region, ReconcilerDeployment deployment) =>
        $"AWS {region}{(options.Profile is null ? string.Empty : $", profile {options.Profile}")}" +
        $"{(options.EndpointUrl is null ? string.Empty : $", endpoint {options.EndpointUrl}")}" +
        $", tables {deployment.Tables.Specs} and {deployment.Tables.State}, topic {deployment.AlertTopicArn ?? "(none)"}";

    /// <summary>The CLI's view of <see cref="AwsBackend"/>: its ports, and the clients it owns disposed with it.</summary>
    private sealed class AwsCliBackend(AwsBackend backend, string description) : IBackend
    {
        public Core.Reconciliation.ReconcilerPorts Ports => backend.Ports;

        public FunctionPorts FunctionPorts { get; } = AwsPortsFactory.PortsOf(backend);

        public string Description { get; } = description;

        public Task<IReadOnlyList<TableSetupResult>> CreateTablesAsync(CancellationToken cancellationToken) =>
            DynamoTableSetup.CreateTablesAsync(backend.DynamoDb, backend.Tables, cancellationToken);

        public Task<string> CallerArnAsync(CancellationToken cancellationToken) => backend.CallerArnAsync(cancellationToken);

        public void Dispose() => backend.Dispose();
    }
}
