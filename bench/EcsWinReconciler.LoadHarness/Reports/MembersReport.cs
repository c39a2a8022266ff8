using System.Globalization;
using System.Text;
using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Runs;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using Kind = EcsWinReconciler.LoadHarness.Reports.Measured.ResyncKind;

namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>The members section: a hub over four member places beside one account of as many tasks, the ratios, and its checks.</summary>
internal static class MembersReport
{
    private const string AssumeRole = "sts:AssumeRole";
    private static readonly string[] Compared = [Kind.First, Kind.Steady];

    public static string Tables(FunctionBuild build, int tasksPerPlace, HubMembers members, MembersCase single, MembersCase hub, string load)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"### Hub over {MembersRun.Places} member accounts beside one account ({build.Name} bootstrap, {MembersRun.Places} × {N(tasksPerPlace)} tasks against 1 × {N(tasksPerPlace * MembersRun.Places)})\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"The hub is the sandbox's account {SandboxAccount.AccountId} in {SandboxAccount.Region} (its own world the healthy scenario, no spec selecting it); its members are " +
            $"{string.Join(", ", members.Places.Select(p => $"{p.Account} in {p.Region}"))}, each with role {TwoMembers.RoleName} (external id required) and a world of its own: " +
            $"`ScaleScenario.Create({tasksPerPlace}, {ResyncRun.SharedCauses})` plus the 2 baseline tasks, selected by the sample and scale specs with the place's account and region added. " +
            $"The single account is `ScaleScenario.Create({tasksPerPlace * MembersRun.Places}, {ResyncRun.SharedCauses})` with the same specs, no members. Measured one after the other in the same run; " +
            $"load average {load}.\n\n");
        List<(string Name, MembersCase Case)> cases = [($"1 account × {N(single.Tasks)}", single), ($"{hub.Places} members × {N(hub.Tasks / hub.Places)}", hub)];
        var rows = cases.SelectMany(c => c.Case.Passes.Select(p => Row(c.Name, c.Case, p)));
        text.Append(Markdown.Table(
            ["Case", "Resync", "Places", "Tasks seen / judged / failed / left", "Wall time", "CPU time of the process", "CPU time of the sandbox and proxy", "Calls", "Calls per task", "sts:AssumeRole", "EC2", "ECS", "DynamoDB", "SNS", "Peak RSS of the process"],
            rows));

        text.Append("\nMembers ÷ single account:\n\n");
        text.Append(Markdown.Table(["Resync", "Calls per task", "Wall time", "CPU time of the process", "Peak RSS"], Compared.Select(kind => Ratios(kind, single, hub))));

        text.Append("\nWhere the hub's EC2 and ECS calls went, and the STS sessions issued per member (EC2 / ECS / sessions):\n\n");
        var places = hub.Passes.SelectMany(p => p.ByPlace.Keys).Concat(hub.MemberPlaces).Distinct().Order(StringComparer.Ordinal).ToList();
        text.Append(Markdown.Table(
            ["Place", .. hub.Passes.Select(p => p.Pass.Kind)],
            places.Select(place => (IReadOnlyList<string>)[place, .. hub.Passes.Select(p => PlaceCell(p, place))])));

        text.Append("\nCalls by operation:\n\n");
        var passes = cases.SelectMany(c => c.Case.Passes.Select(p => (c.Name, p.Pass))).ToList();
        var operations = passes.SelectMany(p => p.Pass.Calls.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        text.Append(Markdown.Table(
            ["Operation", .. passes.Select(p => $"{p.Name}, {Short(p.Pass.Kind)}")],
            operations.Select(op => (IReadOnlyList<string>)[op, .. passes.Select(p => p.Pass.Count(op).ToString(CultureInfo.InvariantCulture))])));
        return text.ToString();
    }

    /// <summary>Every task judged in both cases and no place failed; one AssumeRole per member place and process; the ratios reported.</summary>
    public static IReadOnlyList<Target> Targets(MembersCase single, MembersCase hub)
    {
        var name = $"{hub.Places} members × {N(hub.Tasks / hub.Places)} beside 1 account × {N(single.Tasks)}";
        var incomplete = single.Passes.Concat(hub.Passes).Where(p => !Complete(p.Pass)).Select(p => p.Pass.Kind).ToList();
        var unlisted = hub.Passes.SelectMany(p => hub.MemberPlaces.Where(place => p.ByPlace.GetValueOrDefault(place)?.Ecs is null or 0)).Distinct().ToList();
        var allJudged = incomplete.Count == 0 && unlisted.Count == 0;
        var measuredJudged = allJudged
            ? $"{N(single.Tasks)} and {N(hub.Tasks)} judged in every resync, every member place listed, none failed"
            : $"incomplete: {string.Join(", ", incomplete.Distinct())}{(unlisted.Count == 0 ? string.Empty : $"; never listed: {string.Join(", ", unlisted)}")}";
        var sessions = hub.Passes.Select(p => (p.Pass.Kind, Counts: hub.MemberPlaces.Select(place => p.SessionsByAccount.GetValueOrDefault(place.Split('/')[0])).ToList(), Calls: p.Pass.Count(AssumeRole))).ToList();
        var cached = sessions.All(s => s.Kind == Kind.Warm ? s.Calls == 0 : s.Calls == hub.Places && s.Counts.All(c => c == 1));
        List<Target> targets =
        [
            new($"Resync, {name}: every task judged, no place skipped or failed", "all judged, none left", measuredJudged, allJudged),
            new($"Resync, {name}: AssumeRole per member place", "once per place per process (credentials cached), none warm",
                string.Join("; ", sessions.Select(s => $"{Short(s.Kind)}: {s.Calls} ({string.Join("/", s.Counts)})")), cached),
        ];
        targets.AddRange(Compared.Select(kind => Ratios(kind, single, hub)).Select(r => new Target($"Resync, {name}, {r[0]}: members ÷ single", "reported",
            $"calls per task {r[1]}, wall time {r[2]}, CPU time {r[3]}, peak RSS {r[4]}", null)));
        return targets;
    }

    private static bool Complete(ResyncPass pass) =>
        pass.Seen == pass.Tasks && pass.Judged == pass.Tasks && pass.Failed == 0 && pass.Remaining == 0 && pass.FailedPlaces.Count == 0;

    private static IReadOnlyList<string> Ratios(string kind, MembersCase single, MembersCase hub)
    {
        var (oneCpu, manyCpu) = (single.Pass(kind).Cpu, hub.Pass(kind).Cpu);
        var (one, many) = (single.Pass(kind).Pass, hub.Pass(kind).Pass);
        return
        [
            kind,
            $"{Markdown.N(Ratio(PerTask(many), PerTask(one)), 2)} ({Markdown.N(PerTask(many), 4)} ÷ {Markdown.N(PerTask(one), 4)})",
            $"{Markdown.N(Ratio(many.Wall.TotalMilliseconds, one.Wall.TotalMilliseconds), 2)} ({Markdown.Ms(many.Wall)} ÷ {Markdown.Ms(one.Wall)})",
            $"{Markdown.N(Ratio(manyCpu.TotalMilliseconds, oneCpu.TotalMilliseconds), 2)} ({Markdown.Ms(manyCpu)} ÷ {Markdown.Ms(oneCpu)})",
            $"{Markdown.N(Ratio(many.PeakRssMiB, one.PeakRssMiB), 2)} ({Markdown.N(many.PeakRssMiB, 1)} ÷ {Markdown.N(one.PeakRssMiB, 1)} MiB)",
        ];
    }

    private static double PerTask(ResyncPass pass) => (double)pass.Total / pass.Tasks;

    private static double Ratio(double a, double b) => b == 0 ? double.NaN : a / b;

    private static IReadOnlyList<string> Row(string name, MembersCase @case, PlacePass place)
    {
        var pass = place.Pass;
        return
        [
            name,
            pass.Kind,
            @case.Places.ToString(CultureInfo.InvariantCulture),
            $"{pass.Seen} / {pass.Judged} / {pass.Failed} / {pass.Remaining}{(pass.FailedPlaces.Count == 0 ? string.Empty : $" (failed places: {string.Join("; ", pass.FailedPlaces)})")}",
            Markdown.Ms(pass.Wall),
            Markdown.Ms(place.Cpu),
            Markdown.Ms(place.HarnessCpu),
            pass.Total.ToString(CultureInfo.InvariantCulture),
            Markdown.N(PerTask(pass), 4),
            pass.Count(AssumeRole).ToString(CultureInfo.InvariantCulture),
            place.Service("ec2").ToString(CultureInfo.InvariantCulture),
            place.Service("ecs").ToString(CultureInfo.InvariantCulture),
            place.Service("dynamodb").ToString(CultureInfo.InvariantCulture),
            place.Service("sns").ToString(CultureInfo.InvariantCulture),
            Markdown.N(pass.PeakRssMiB, 1) + " MiB",
        ];
    }

    private static string PlaceCell(PlacePass pass, string place)
    {
        var calls = pass.ByPlace.GetValueOrDefault(place) ?? new ServiceCalls(0, 0);
        var account = place.Split('/')[0];
        return account == SandboxAccount.AccountId
            ? $"{calls.Ec2} / {calls.Ecs} / –"
            : $"{calls.Ec2} / {calls.Ecs} / {pass.SessionsByAccount.GetValueOrDefault(account)}";
    }

    private static string Short(string kind) => kind switch
    {
        Kind.First => "first",
        Kind.Warm => "warm",
        Kind.Steady => "known",
        _ => kind,
    };

    private static string N(int value) => Markdown.N(value);
}
