using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Ec2;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The ports on real AWS: <see cref="AwsBackend"/> from the function's settings, with region, credentials (Lambda's
/// role via the environment), retries and endpoint overrides (<c>AWS_ENDPOINT_URL[_&lt;SERVICE&gt;]</c>) from the
/// environment as the AWS SDKs define them. Built once per cold start; its caches live across warm invocations.
/// </summary>
public sealed class AwsPortsFactory : IPortsFactory
{
    public FunctionPorts Create(FunctionSettings settings, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stack = settings.Deployment;
        var missing = new (string Variable, string? Value)[]
        {
            (EnvironmentVariables.SpecsTable, stack.SpecsTable),
            (EnvironmentVariables.StateTable, stack.StateTable),
            (EnvironmentVariables.AlertTopicArn, stack.AlertTopicArn),
        }.Where(v => v.Value is null).Select(v => $"{v.Variable} is not set").ToList();
        if (missing.Count > 0)
        {
            throw ConfigurationException.Of(missing);
        }

        var deployment = new ReconcilerDeployment(new DynamoTableNames(stack.SpecsTable!, stack.StateTable!), stack.AlertTopicArn, stack.Budget)
        {
            Scope = stack.Scope,
            AlertFormats = stack.AlertFormats,
            RecheckQueueUrl = stack.RecheckQueueUrl,
            HomeAccount = stack.AccountId,
        };
        Ec2SdkWarmUp.Start();
        // Without members, MemberRole is null and the settings are exactly FromEnvironment's.
        return PortsOf(new AwsBackend(AwsSettings.FromEnvironment with { MemberRole = stack.MemberRole }, deployment, time, loggerFactory));
    }

    /// <summary>A function's ports on a backend: its reconciler ports, the count of its AWS calls (the ApiCalls metric) and its caches.</summary>
    public static FunctionPorts PortsOf(AwsBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        // The hub's own place sees its own specs only; a member's task is reconciled on the ports of its place (Places).
        var home = backend.PortsFor(backend.Home);
        return new FunctionPorts(home.Ports, new AwsApiCalls(backend.Calls), home.Caches, backend.Deadline) { Places = backend };
    }
}
