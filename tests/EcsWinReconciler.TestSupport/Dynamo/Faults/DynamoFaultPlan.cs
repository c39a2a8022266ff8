namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>The proxy's rules, applied in order: latencies add up, the first other fault that fires wins. Thread-safe, seeded.</summary>
public sealed class DynamoFaultPlan(int seed)
{
    private readonly Lock _gate = new();
    private readonly List<DynamoFaultRule> _rules = [];
    private readonly Random _dice = new(seed);

    public void Add(DynamoFaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Decides for one call and uses up counted rules.</summary>
    internal (TimeSpan Delay, DynamoFaultKind? Fault) Next(string operation, string body)
    {
        lock (_gate)
        {
            var delay = TimeSpan.Zero;
            DynamoFaultKind? fault = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(operation, body) || (fault is not null && rule.Kind != DynamoFaultKind.Latency) || (rule.Rate is { } rate && _dice.NextDouble() >= rate))
                {
                    continue;
                }

                if (rule.Times is { } times)
                {
                    _rules[i] = rule with { Times = times - 1 };
                }

                if (rule.Kind == DynamoFaultKind.Latency)
                {
                    delay += rule.Delay;
                }
                else
                {
                    fault = rule.Kind;
                }
            }

            _rules.RemoveAll(r => r.Times is <= 0);
            return (delay, fault);
        }
    }
}
