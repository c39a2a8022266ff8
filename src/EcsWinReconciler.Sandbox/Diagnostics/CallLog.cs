namespace EcsWinReconciler.Sandbox.Diagnostics;

/// <summary>
/// Every API call the sandbox answered (faulted and rejected ones included), counted by service and operation —
/// how tests prove batching and caching ("one DescribeVpcAttribute per attribute").
/// </summary>
public sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly List<CallRecord> _records = [];

    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Calls of <paramref name="operation"/> on <paramref name="service"/> (<c>ec2</c>, <c>ecs</c>, <c>sns</c>).</summary>
    public int Count(string service, string operation)
    {
        lock (_gate)
        {
            return _records.Count(r => r.Service == service && r.Operation == operation);
        }
    }

    /// <summary>Counts keyed <c>service:Operation</c>, in first-call order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts()
    {
        lock (_gate)
        {
            return _records.GroupBy(r => $"{r.Service}:{r.Operation}").Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
        }
    }

    public IReadOnlyList<CallRecord> Records()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    internal long Record(string service, string operation, int status, string? errorCode, DateTimeOffset at, string? accessKeyId = null, string? account = null, string? region = null)
    {
        lock (_gate)
        {
            _records.Add(new CallRecord(_records.Count + 1, service, operation, status, errorCode, at, accessKeyId, account, region));
            return _records.Count;
        }
    }
}
