using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Core.Ports;

/// <summary>Delivers alert messages (SNS). Throws <see cref="AdapterException"/> when delivery fails.</summary>
public interface IAlertSink
{
    /// <summary>Publishes and returns the message id.</summary>
    Task<string> PublishAsync(AlertMessage message, CancellationToken cancellationToken);
}
