using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;
using Kind = EcsWinReconciler.LoadHarness.Reports.Measured.ResyncKind;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// Issue 15's done-means: a hub's resync over four member accounts (two in eu-west-1, two in us-west-2) of N tasks each,
/// beside one account of 4N, in the same run. Each member world and the single account are <see cref="ScaleScenario"/>
/// (with its five small services and the 2 baseline tasks); the members are reached through STS AssumeRole of the member
/// role. Per case: the first resync and a second in the same process, then the known fleet in a fresh process, as
/// <see cref="ResyncRun"/> does. Calls are counted by operation (STS included) and by place; the sessions STS issued are
/// counted per member account.
/// </summary>
internal static class MembersRun
{
    public const int Places = 4;

    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    public static async Task<Section> RunAsync(FunctionBuild build, int tasksPerPlace, CancellationToken cancellationToken)
    {
        var loadAtStart = LoadAverage();
        var single = await CaseAsync(build, await LoadAccount.StartAsync(ScaleScenario.Create(tasksPerPlace * Places, ResyncRun.SharedCauses), cancellationToken).ConfigureAwait(false), (tasksPerPlace * Places) + 2).ConfigureAwait(false);
        var members = HubMembers.FourAccountsInTwoRegions(() => ScaleScenario.Create(tasksPerPlace, ResyncRun.SharedCauses));
        var hub = await CaseAsync(build, await LoadAccount.StartHubAsync(ScenarioCatalog.Healthy, members, cancellationToken).ConfigureAwait(false), Places * (tasksPerPlace + 2)).ConfigureAwait(false);
        var load = $"{loadAtStart} at the start, {LoadAverage()} at the end (1, 5 and 15 minutes)";
        return new Section(MembersReport.Tables(build, tasksPerPlace, members, single, hub, load), MembersReport.Targets(single, hub));
    }

    /// <summary>The first and a warm resync in one process, then the known fleet in a fresh one; disposes the account.</summary>
    private static async Task<MembersCase> CaseAsync(FunctionBuild build, LoadAccount account, int tasks)
    {
        await using (account.ConfigureAwait(false))
        {
            var passes = new List<PlacePass>();
            await using (var function = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
            {
                passes.Add(await PassAsync(function, account, tasks, Kind.First).ConfigureAwait(false));
                passes.Add(await PassAsync(function, account, tasks, Kind.Warm).ConfigureAwait(false));
            }

            await using (var fresh = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
            {
                passes.Add(await PassAsync(fresh, account, tasks, Kind.Steady).ConfigureAwait(false));
            }

            var places = account.Members?.Places.Select(p => p.ToString()).ToList() ?? [];
            return new MembersCase(account.Members is null ? 1 : places.Count, tasks, passes, places);
        }
    }

    private static async Task<PlacePass> PassAsync(FunctionUnderTest function, LoadAccount account, int tasks, string kind)
    {
        var callsBefore = account.Sandbox.Calls.Total;
        var sessionsBefore = account.Sandbox.Accounts.Sessions().Count;
        var cpuBefore = function.Process.CpuTime();
        var harnessBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var pass = await ResyncRun.ResyncAsync(function, account, tasks, kind, Deadline, kind == Kind.First ? tasks : 0).ConfigureAwait(false);
        var cpu = function.Process.CpuTime() - cpuBefore ?? TimeSpan.Zero;
        var harness = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - harnessBefore;
        var byPlace = account.Sandbox.Calls.Records().Skip((int)callsBefore)
            .Where(c => c.Service is "ec2" or "ecs" && c.Account is not null)
            .GroupBy(c => $"{c.Account}/{c.Region}")
            .ToDictionary(g => g.Key, g => new ServiceCalls(g.Count(c => c.Service == "ec2"), g.Count(c => c.Service == "ecs")), StringComparer.Ordinal);
        var sessions = account.Sandbox.Accounts.Sessions().Skip(sessionsBefore)
            .GroupBy(s => s.Account)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new PlacePass(pass, byPlace, sessions, cpu, harness);
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}

/// <summary>One case of the comparison: how many places, the tasks the specs select, its passes in order, and its member places.</summary>
internal sealed record MembersCase(int Places, int Tasks, IReadOnlyList<PlacePass> Passes, IReadOnlyList<string> MemberPlaces)
{
    public PlacePass Pass(string kind) => Passes.Single(p => p.Pass.Kind == kind);
}

/// <summary>
/// One resync, where its EC2 and ECS calls went (by <c>account/region</c>), the STS sessions issued per member account, and the
/// CPU time the function process used for it (its own work, apart from the sandbox's and dynalite's on the same cores) and the
/// harness process did meanwhile (the sandbox answering, the DynamoDB proxy forwarding).
/// </summary>
internal sealed record PlacePass(ResyncPass Pass, IReadOnlyDictionary<string, ServiceCalls> ByPlace, IReadOnlyDictionary<string, int> SessionsByAccount, TimeSpan Cpu, TimeSpan HarnessCpu)
{
    public int Service(string service) => Pass.Calls.Where(c => c.Key.StartsWith(service + ":", StringComparison.Ordinal)).Sum(c => c.Value);
}

internal sealed record ServiceCalls(int Ec2, int Ecs);
