using EcsWinReconciler.LoadHarness.Account;

namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>
/// The figures the cost model is computed from (<see cref="CostModel"/>), filled in by the runs as they measure them: what
/// each kind of event and resync costs in calls, DynamoDB capacity, log bytes and time.
/// </summary>
internal sealed class Measured
{
    public Dictionary<string, Invocation> Events { get; } = new(StringComparer.Ordinal);

    public List<ResyncPass> Resyncs { get; } = [];

    public Invocation? BurstEvent { get; set; }

    public ColdStart? Cold { get; set; }

    /// <summary>Names of <see cref="Events"/>.</summary>
    public static class EventKind
    {
        public const string NewTask = "first event of a task";
        public const string Unchanged = "warm, nothing changed";
        public const string Changed = "warm, status changed";
        public const string Redelivered = "redelivery";
    }

    /// <summary>Names of <see cref="ResyncPass.Kind"/>.</summary>
    public static class ResyncKind
    {
        public const string First = "first";
        public const string Warm = "second, warm process";
        public const string Steady = "known fleet, fresh process";
        public const string Drift = "10 % drifted, fresh process";
        public const string Cut = "deadline";
    }
}

/// <summary>One invocation's cost (or the mean of many): calls, DynamoDB capacity, bytes logged, time to answer.</summary>
internal sealed record Invocation(double Calls, CapacityUnits Capacity, double LogBytes, double Milliseconds);

/// <summary>One resync of a fleet of <see cref="Tasks"/> tasks; <see cref="Drifted"/>: tasks whose status it had to change.</summary>
internal sealed record ResyncPass(int Tasks, string Kind, SortedDictionary<string, int> Calls, CapacityUnits Capacity, long LogBytes, TimeSpan Wall, double PeakRssMiB, int Drifted)
{
    public int Total => Calls.Values.Sum();

    public int Seen { get; init; }

    public int Judged { get; init; }

    public int Failed { get; init; }

    public int Remaining { get; init; }

    /// <summary>The member places a hub's resync reported it could not reconcile (its <c>failedPlaces</c>), each "account/region: why".</summary>
    public IReadOnlyList<string> FailedPlaces { get; init; } = [];

    public int Count(string operation) => Calls.GetValueOrDefault(operation);
}

/// <summary>The AOT build's cold start: init, start to the first answer, peak RSS.</summary>
internal sealed record ColdStart(double InitMs, double FirstAnswerMs, double PeakRssMiB);
