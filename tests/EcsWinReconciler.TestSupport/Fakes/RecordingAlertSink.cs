using System.Collections.Concurrent;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>An <see cref="IAlertSink"/> that keeps every message; set <see cref="FailWith"/> to make publishing fail.</summary>
public sealed class RecordingAlertSink : IAlertSink
{
    private int _ids;

    public ConcurrentQueue<AlertMessage> Published { get; } = new();

    public string? FailWith { get; set; }

    public Task<string> PublishAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        if (FailWith is { } reason)
        {
            throw new AdapterException("sns", "Publish", null, reason, isTransient: true);
        }

        Published.Enqueue(message);
        return Task.FromResult($"msg-{Interlocked.Increment(ref _ids)}");
    }
}
