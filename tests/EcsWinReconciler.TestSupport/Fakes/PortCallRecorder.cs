using System.Collections.Concurrent;
using System.Reflection;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>Wraps every port in a proxy that records <c>IPort.Method</c> for each call, then forwards it.</summary>
public sealed class PortCallRecorder
{
    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public ReconcilerPorts Wrap(ReconcilerPorts ports) => new(
        Proxy(ports.Specs), Proxy(ports.Tasks), Proxy(ports.Network), Proxy(ports.Actuator), Proxy(ports.Status),
        Proxy(ports.Alerts), Proxy(ports.AlertSink), Proxy(ports.Ledger), Proxy(ports.Budget), ports.Cursor is null ? null : Proxy(ports.Cursor));

    private T Proxy<T>(T target)
        where T : class
    {
        var proxy = DispatchProxy.Create<T, Forwarder>();
        var forwarder = (Forwarder)(object)proxy;
        forwarder.Target = target;
        forwarder.Record = method => Calls.AddOrUpdate($"{typeof(T).Name}.{method.Name}", 1, (_, n) => n + 1);
        return proxy;
    }

    /// <summary>Must be public and non-sealed for DispatchProxy.</summary>
    public class Forwarder : DispatchProxy
    {
        public object? Target { get; set; }

        public Action<MethodInfo>? Record { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            Record?.Invoke(targetMethod);
            try
            {
                return targetMethod.Invoke(Target, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
