namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Hosts whose capacity is likely to be asked for next: those of the task ENIs just described. The reconciler asks
/// host by host (the port takes one instance id), so the first miss loads these too, in one batch, instead of two
/// calls per host. Nothing is read until someone asks; a hint nobody follows up is dropped when the set is full.
/// </summary>
internal sealed class HostReadAhead
{
    /// <summary>One DescribeInstances / DescribeNetworkInterfaces filter's worth (Ec2Paging.IdsPerCall) a few times over.</summary>
    private const int Capacity = 1000;

    private readonly HashSet<string> _expected = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Expect(IEnumerable<string?> instanceIds)
    {
        lock (_gate)
        {
            foreach (var id in instanceIds)
            {
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }

                if (_expected.Count >= Capacity)
                {
                    _expected.Clear();
                }

                _expected.Add(id);
            }
        }
    }

    /// <summary>The requested host and every expected one, in one list; the expected set is emptied.</summary>
    public List<string> TakeWith(string instanceId)
    {
        lock (_gate)
        {
            _expected.Remove(instanceId);
            var ids = new List<string>(_expected.Count + 1) { instanceId };
            ids.AddRange(_expected);
            _expected.Clear();
            return ids;
        }
    }
}
