using System.Globalization;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runs;
using EcsWinReconciler.LoadHarness.Runtime;

// Usage: LoadHarness --aot PATH/bootstrap --jit PATH/bootstrap.dll --out FILE [--targets FILE] [--bdn-csv FILE] [--only calls,coldstart,resync,members,burst,cost]
//                    [--runs 5] [--sizes 1000,10000] [--member-tasks 2500] [--burst-tasks 1000] [--burst-events 10000] [--function-env K=V;K=V]
// members: a hub over 4 member accounts of --member-tasks tasks each, beside one account of 4 times as many (issue 15).
// Each section is appended to FILE as soon as it is measured (markdown); the cost model comes last, computed from the others.
var options = Options.Parse(args);
var aot = new FunctionBuild("AOT", options.Get("aot") ?? throw new ArgumentException("--aot PATH is required"), IsJit: false);
var jit = options.Get("jit") is { } jitPath ? new FunctionBuild("JIT", jitPath, IsJit: true) : null;
var output = options.Get("out") ?? throw new ArgumentException("--out FILE is required");
var only = (options.Get("only") ?? "calls,coldstart,resync,members,burst,cost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
FunctionProcess.ExtraEnvironment = (options.Get("function-env") ?? string.Empty)
    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(pair => pair.Split('=', 2))
    .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await File.WriteAllTextAsync(output, string.Empty);
var targets = new List<Target>();
if (options.Get("bdn-csv") is { } csv && File.Exists(csv))
{
    targets.AddRange(BenchmarkCsv.DecisionTargets(csv));
}

async Task SectionAsync(string name, Func<Task<Section>> run)
{
    if (!only.Contains(name))
    {
        return;
    }

    Console.Error.WriteLine($"== {name} …");
    var started = TimeProvider.System.GetTimestamp();
    var section = await run();
    targets.AddRange(section.Targets);
    await File.AppendAllTextAsync(output, section.Markdown + "\n");
    Console.Error.WriteLine($"== {name} done in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s");
    Console.WriteLine(section.Markdown);
}

var measured = new Measured();
await SectionAsync("calls", () => EventCallsRun.RunAsync(aot, measured, stop.Token));
await SectionAsync("coldstart", () => ColdStartRun.RunAsync(jit is null ? [aot] : [aot, jit], options.Int("runs", 5), measured, stop.Token));
await SectionAsync("resync", () => ResyncRun.RunAsync(aot, [.. (options.Get("sizes") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))], measured, stop.Token));
await SectionAsync("members", () => MembersRun.RunAsync(aot, options.Int("member-tasks", 2500), stop.Token));
await SectionAsync("burst", () => BurstRun.RunAsync(aot, options.Int("burst-tasks", 1000), options.Int("burst-events", 10_000), measured, stop.Token));
await SectionAsync("cost", () => Task.FromResult(new Section(CostModel.Markdown(measured), [])));
if (options.Get("targets") is { } targetsFile)
{
    await File.WriteAllTextAsync(targetsFile, Markdown.Table(["Target (issues 7, 15 and 17)", "Goal", "Measured", ""], targets.Select(t => t.Row())));
}

return 0;

/// <summary><c>--name value</c> pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
