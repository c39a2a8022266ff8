using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The one seam between the Lambda and the adapters: builds every port from the settings, once per execution
/// environment (cold start). <see cref="AwsPortsFactory"/> is the real one; tests pass in-memory fakes.
/// Throwing (e.g. <see cref="ConfigurationException"/>) makes the function report an init error.
/// </summary>
public interface IPortsFactory
{
    FunctionPorts Create(FunctionSettings settings, TimeProvider time, ILoggerFactory loggerFactory);
}
