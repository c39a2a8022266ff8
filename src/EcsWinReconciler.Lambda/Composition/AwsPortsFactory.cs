using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The ports on real AWS (src/EcsWinReconciler.Aws). To be wired once the adapters are merged; until then it
/// checks the configuration and fails the initialisation with a clear message.
/// </summary>
/// <remarks>
/// Intended wiring (one client of each kind per cold start, shared by the adapters; names from the adapter branches):
/// <code>
/// var clients = new AwsClientFactory(new AwsSettings(), timeProvider: time, loggerFactory: loggerFactory);
/// var dynamo = clients.CreateDynamoDbClient();
/// var specs = new DynamoSpecStore(dynamo, settings.SpecsTable!, document => SpecReader.ReadOne(document), time);
/// var ports = new ReconcilerPorts(
///     specs,
///     new EcsTaskSource(clients.CreateEcsApi(), …),
///     new Ec2NetworkObserver(clients.CreateEc2Client(), …),
///     new CompositeActuator(new Ec2Actuator(…), new EcsActuator(…)),
///     new DynamoStatusStore(dynamo, settings.StateTable!, …),
///     new DynamoAlertStore(dynamo, settings.StateTable!, …),
///     new SnsAlertSink(clients.CreateSnsApi(), settings.AlertTopicArn!, …),
///     new DynamoActionLedger(dynamo, settings.StateTable!, …),
///     new DynamoRemediationBudget(dynamo, settings.StateTable!, new RemediationBudgetOptions(settings.RemediationBudget, settings.RemediationWindow), time));
/// return new FunctionPorts(ports, apiCallCounter);
/// </code>
/// </remarks>
public sealed class AwsPortsFactory : IPortsFactory
{
    public FunctionPorts Create(FunctionSettings settings, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var missing = new (string Variable, string? Value)[]
        {
            (EnvironmentVariables.SpecsTable, settings.SpecsTable),
            (EnvironmentVariables.StateTable, settings.StateTable),
            (EnvironmentVariables.AlertTopicArn, settings.AlertTopicArn),
        }.Where(v => v.Value is null).Select(v => $"{v.Variable} is not set").ToList();
        if (missing.Count > 0)
        {
            throw ConfigurationException.Of(missing);
        }

        throw new ConfigurationException("the AWS adapters are not wired into the Lambda yet (EcsWinReconciler.Lambda.Composition.AwsPortsFactory)");
    }
}
