using System.Globalization;
using System.Text;
using A = EcsWinReconciler.LoadHarness.Reports.CostAssumptions;
using Kind = EcsWinReconciler.LoadHarness.Reports.Measured.ResyncKind;

namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>
/// A month of EcsWinReconciler for fleets of 100, 1,000 and 10,000 Windows tasks, beside AWS Config recording the same
/// fleet's ENIs, groups and VPC changes with rules evaluating them — computed from what this run measured (calls, DynamoDB
/// capacity, log bytes, durations of events and resyncs) with <see cref="Prices"/> and <see cref="CostAssumptions"/>.
/// Resync figures at other sizes come from the straight line through the two measured sizes (known fleet, fresh process).
/// </summary>
internal static class CostModel
{
    private static readonly int[] Fleets = [100, 1_000, 10_000];

    public static string Markdown(Measured measured)
    {
        if (measured.Resyncs.Select(r => r.Tasks).Distinct().Count() < 2 || !measured.Events.ContainsKey(Measured.EventKind.Changed))
        {
            return "### Cost per month\n\nNot computed: it needs the calls and resync sections at two sizes.\n";
        }

        var inputs = Inputs.From(measured);
        var months = Fleets.Select(n => Month.Of(n, inputs)).ToList();
        var text = new StringBuilder("### Cost per month, beside AWS Config (computed from the figures above)\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Prices (US East, N. Virginia; read on {Prices.ReadOn} from stored copies of the pages named, no network here):\n\n");
        text.Append(Reports.Markdown.Table(["Item", "Price (USD)", "Source"], Prices.All.Select(p => (IReadOnlyList<string>)[p.What, Usd(p.Usd, 10), p.Source])));
        text.Append("\nAssumptions (bench/EcsWinReconciler.LoadHarness/Reports/CostAssumptions.cs):\n\n");
        text.Append(Reports.Markdown.Table(["Assumption", "Value"], AssumptionRows()));
        text.Append("\nMeasured inputs (this run):\n\n");
        text.Append(Reports.Markdown.Table(["Invocation", "AWS calls", "DynamoDB write units", "DynamoDB read units", "Log bytes", "Time (loopback)"], inputs.Rows()));
        text.Append("\nA month:\n\n");
        List<string> headers = ["", .. Fleets.Select(n => $"{n:N0} tasks")];
        text.Append(Reports.Markdown.Table(headers, Lines(months)));
        var largest = months[^1];
        text.Append(CultureInfo.InvariantCulture,
            $"\nAt {largest.Tasks:N0} tasks EcsWinReconciler costs about **{Usd(largest.EwrTotal, 2)}** a month and AWS Config about **{Usd(largest.ConfigTotal, 2)}** " +
            $"({Reports.Markdown.N(largest.ConfigTotal / largest.EwrTotal, 1)}×); most of either is proportional to churn (task replacements), not to fleet size.\n");
        return text.ToString();
    }

    private static IEnumerable<IReadOnlyList<string>> Lines(List<Month> months)
    {
        IReadOnlyList<string> Row(string name, Func<Month, string> cell) => [name, .. months.Select(cell)];
        yield return Row("Task replacements / task-state events", m => $"{m.Replacements:N0} / {m.Events:N0}");
        yield return Row("Lambda requests (events, resyncs, API-change sweeps)", m => $"{m.Requests:N0}: {Usd(m.LambdaRequests, 2)}");
        yield return Row("Lambda compute", m => $"{m.GbSeconds:N0} GB-s: {Usd(m.LambdaCompute, 2)}");
        yield return Row("DynamoDB writes", m => $"{m.WriteUnits:N0} WRU: {Usd(m.DynamoWrites, 2)}");
        yield return Row("DynamoDB reads", m => $"{m.ReadUnits:N0} RRU: {Usd(m.DynamoReads, 2)}");
        yield return Row("DynamoDB storage (statuses, stopped ones kept 7 days)", m => $"{m.StoredGb:N3} GB: {Usd(m.DynamoStorage, 2)}");
        yield return Row("CloudWatch Logs (ingest + a month kept)", m => $"{m.LogGb:N2} GB: {Usd(m.Logs, 2)}");
        yield return Row("SNS (alerts, email)", m => Usd(m.Sns, 2));
        yield return Row("EventBridge (AWS service events, the schedule)", _ => Usd(0, 2));
        yield return Row("**EcsWinReconciler, total**", m => $"**{Usd(m.EwrTotal, 2)}**");
        yield return Row("AWS Config items (continuous)", m => $"{m.ConfigItems:N0}: {Usd(m.ConfigRecording, 2)}");
        yield return Row("AWS Config rule evaluations", m => $"{m.Evaluations:N0}: {Usd(m.ConfigEvaluations, 2)}");
        yield return Row("**AWS Config, total**", m => $"**{Usd(m.ConfigTotal, 2)}**");
    }

    private static IEnumerable<IReadOnlyList<string>> AssumptionRows() =>
    [
        ["Month", $"{A.DaysPerMonth} days; resync every 15 minutes: {A.ResyncsPerMonth:N0} resyncs"],
        ["Churn", $"{A.ReplacementsPerTaskPerDay} task replacement per task per day"],
        ["Events per replacement", $"{A.EventsPerReplacement}: one new task's first event, the rest each change the status (an ENI read and a write; upper bound)"],
        ["Out-of-band EC2 edits", $"{A.ApiChangesPerMonth} a month, each an api-change sweep costing as a resync; each also one Config item"],
        ["Alerts", $"{A.AlertMessagesPerMonth} messages a month, one email subscription"],
        ["Memory", $"task-state and api-change {A.EventFunctionGb * 1024} MB, resync {A.ResyncFunctionGb * 1024} MB (template.yaml)"],
        ["Billed duration", $"measured time + {A.MillisecondsPerCall} ms per AWS call (AWS publishes no API latency; calls taken as sequential); AOT init billed on {A.ColdEventShare:P0} of events and every resync"],
        ["Logs", $"the function's own output as measured (INFO, the template's default) + {A.PlatformLogBytes} bytes of Lambda START/END/REPORT per invocation; {A.LogRetentionMonths} month kept"],
        ["Status items", $"running tasks + stopped ones for {A.StoppedStatusDays} days; size from the first resync's writes"],
        ["AWS Config", $"{A.ConfigItemsPerReplacement} items per replacement (new ENI, old ENI, host ×2); {A.ConfigRulesPerEni} rules on each ENI item, {A.ConfigRulesPerGroupOrVpc} on each group or VPC item; no free tier"],
        ["Not counted", "EC2 and ECS API calls (not billed), CloudTrail (its first copy of management events is free), Config's S3 delivery, data transfer"],
    ];

    private static string Usd(double usd, int decimals) => "$" + usd.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The measured figures the month is computed from.</summary>
    private sealed record Inputs(Invocation NewTask, Invocation Changed, Line ResyncCalls, Line ResyncWrites, Line ResyncReads, Line ResyncLogBytes, Line ResyncMs, double InitMs, double StatusItemKb)
    {
        public static Inputs From(Measured measured)
        {
            var steady = measured.Resyncs.Where(r => r.Kind == Kind.Steady).OrderBy(r => r.Tasks).ToList();
            var (small, large) = (steady[0], steady[^1]);
            Line Fit(Func<ResyncPass, double> value) => Line.Through(small.Tasks, value(small), large.Tasks, value(large));
            var first = measured.Resyncs.Where(r => r.Kind == Kind.First).MaxBy(r => r.Tasks)!;
            return new Inputs(
                measured.Events[Measured.EventKind.NewTask], measured.Events[Measured.EventKind.Changed],
                Fit(r => r.Total), Fit(r => r.Capacity.Writes), Fit(r => r.Capacity.Reads), Fit(r => r.LogBytes), Fit(r => r.Wall.TotalMilliseconds),
                measured.Cold?.InitMs ?? 0, first.Capacity.Writes / Math.Max(1, first.Count("dynamodb:PutItem")));
        }

        public IEnumerable<IReadOnlyList<string>> Rows() =>
        [
            Row("new task's first event", NewTask),
            Row("event that changes the status", Changed),
            ["resync of a known fleet, N tasks (fit)", ResyncCalls.ToString(), ResyncWrites.ToString(), ResyncReads.ToString(), ResyncLogBytes.ToString(), ResyncMs.ToString() + " ms"],
            ["status item", "", $"{Reports.Markdown.N(StatusItemKb, 2)} per write (≤ KB)", "", "", ""],
        ];

        private static IReadOnlyList<string> Row(string name, Invocation i) =>
            [name, Reports.Markdown.N(i.Calls, 2), Reports.Markdown.N(i.Capacity.Writes, 2), Reports.Markdown.N(i.Capacity.Reads, 2), Reports.Markdown.N(i.LogBytes, 0), Reports.Markdown.N(i.Milliseconds, 2) + " ms"];
    }

    /// <summary>a + b·N, never below zero.</summary>
    private sealed record Line(double A, double B)
    {
        public static Line Through(double x1, double y1, double x2, double y2)
        {
            var b = (y2 - y1) / (x2 - x1);
            return new Line(y1 - (b * x1), b);
        }

        public double At(double n) => Math.Max(0, A + (B * n));

        public override string ToString() => $"{Reports.Markdown.N(A, 1)} + {Reports.Markdown.N(B, 4)}·N";
    }

    /// <summary>One month of one fleet size: quantities and dollars.</summary>
    private sealed record Month(int Tasks)
    {
        public double Replacements { get; private init; }

        public double Events { get; private init; }

        public double Requests { get; private init; }

        public double GbSeconds { get; private init; }

        public double WriteUnits { get; private init; }

        public double ReadUnits { get; private init; }

        public double StoredGb { get; private init; }

        public double LogGb { get; private init; }

        public double ConfigItems { get; private init; }

        public double Evaluations { get; private init; }

        public double LambdaRequests => Requests * Prices.LambdaRequest.Usd;

        public double LambdaCompute => GbSeconds * Prices.LambdaGbSecond.Usd;

        public double DynamoWrites => WriteUnits * Prices.DynamoWriteUnit.Usd;

        public double DynamoReads => ReadUnits * Prices.DynamoReadUnit.Usd;

        public double DynamoStorage => StoredGb * Prices.DynamoStorageGbMonth.Usd;

        public double Logs => LogGb * (Prices.LogsIngestGb.Usd + (A.LogRetentionMonths * Prices.LogsStorageGbMonth.Usd));

        public double Sns => A.AlertMessagesPerMonth * (Prices.SnsPublish.Usd + Prices.SnsEmail.Usd);

        public double EwrTotal => LambdaRequests + LambdaCompute + DynamoWrites + DynamoReads + DynamoStorage + Logs + Sns;

        public double ConfigRecording => ConfigItems * Prices.ConfigItem.Usd;

        public double ConfigEvaluations => Evaluations * Prices.ConfigEvaluation.Usd;

        public double ConfigTotal => ConfigRecording + ConfigEvaluations;

        public static Month Of(int tasks, Inputs i)
        {
            var replacements = tasks * A.ReplacementsPerTaskPerDay * A.DaysPerMonth;
            var events = replacements * A.EventsPerReplacement;
            var (newTasks, changes) = (replacements, events - replacements);
            var sweeps = A.ResyncsPerMonth + A.ApiChangesPerMonth;
            double Billed(Invocation e) => (e.Milliseconds + (e.Calls * A.MillisecondsPerCall)) / 1000;
            var sweepSeconds = (i.ResyncMs.At(tasks) + (i.ResyncCalls.At(tasks) * A.MillisecondsPerCall) + i.InitMs) / 1000;
            var eventGbSeconds = ((newTasks * Billed(i.NewTask)) + (changes * Billed(i.Changed)) + (events * A.ColdEventShare * i.InitMs / 1000)) * A.EventFunctionGb;
            var sweepGbSeconds = sweepSeconds * ((A.ResyncsPerMonth * A.ResyncFunctionGb) + (A.ApiChangesPerMonth * A.EventFunctionGb));
            var logBytes = (newTasks * i.NewTask.LogBytes) + (changes * i.Changed.LogBytes) + (sweeps * i.ResyncLogBytes.At(tasks)) + ((events + sweeps) * A.PlatformLogBytes);
            var statuses = tasks * (1 + (A.ReplacementsPerTaskPerDay * A.StoppedStatusDays));
            var enis = replacements * 2;
            return new Month(tasks)
            {
                Replacements = replacements,
                Events = events,
                Requests = events + sweeps,
                GbSeconds = eventGbSeconds + sweepGbSeconds,
                WriteUnits = (newTasks * i.NewTask.Capacity.Writes) + (changes * i.Changed.Capacity.Writes) + (sweeps * i.ResyncWrites.At(tasks)),
                ReadUnits = (newTasks * i.NewTask.Capacity.Reads) + (changes * i.Changed.Capacity.Reads) + (sweeps * i.ResyncReads.At(tasks)),
                StoredGb = statuses * i.StatusItemKb * 1024 / 1e9,
                LogGb = logBytes / 1e9,
                ConfigItems = (replacements * A.ConfigItemsPerReplacement) + A.ApiChangesPerMonth,
                Evaluations = (enis * A.ConfigRulesPerEni) + (A.ApiChangesPerMonth * A.ConfigRulesPerGroupOrVpc),
            };
        }
    }
}
