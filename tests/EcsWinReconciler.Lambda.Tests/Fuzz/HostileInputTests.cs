using System.Globalization;
using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Logging;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EcsWinReconciler.Lambda.Tests.Fuzz;

/// <summary>
/// Issue 8, hostile input: generated malformed events (<see cref="HostileEvents"/>) go to the functions' invocation
/// handler, and a tenth of that count through the real Runtime API loop against a loopback fake, each followed by
/// proof that the process still serves a valid event. CI runs 1,000; <c>EWR_FUZZ_EVENTS=10000</c> runs the full count
/// (<c>EWR_FUZZ_SEED</c> changes the seed).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int MaxLineLength = 16 * 1024;

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("EWR_FUZZ_EVENTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("EWR_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261125;

    [Fact]
    public async Task Handlers_GeneratedMalformedEvents_EachRejectedWithALogLineAndAMetricAndNoAwsCall()
    {
        var cases = HostileEvents.Any().Sample(Count, new Rnd(Seed), 50);
        var rigs = Enum.GetValues<FunctionKind>().ToDictionary(k => k, k => new FunctionRig(k));
        var problems = new List<string>();

        foreach (var hostile in cases)
        {
            var rig = rigs[hostile.Kind];
            var before = rig.OutputText.Length;
            var response = await rig.InvokeAsync(hostile.Body);
            var problem = Check(hostile, response, rig.OutputText[before..]);
            if (problem is not null && problems.Count < 20)
            {
                problems.Add($"{problem}: {hostile}");
            }
        }

        Report(cases);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var (kind, rig) in rigs)
        {
            Assert.Equal(0, rig.Harness.World.TotalCalls);
            var valid = await rig.InvokeAsync(SampleEvents.Bytes(ValidSample(kind)));
            Assert.Equal("reconciled", valid.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task RuntimeLoop_GeneratedMalformedTaskEventsThenAValidOne_EveryOneAnsweredNoErrorPosted()
    {
        var count = Math.Max(100, Count / 10);
        var cases = HostileEvents.For(FunctionKind.TaskState).Sample(count, new Rnd(Seed + 1), 50);
        await using var api = new FakeRuntimeApi();
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var harness = new ReconcilerHarness().WithIisSpec();
        using var logs = new StringWriter();
        using var loggers = LambdaLogging.Create(TextWriter.Synchronized(logs), harness.Time, LogLevel.Information);
        var settings = new FunctionSettings { Function = FunctionKind.TaskState };
        var handler = InvocationHandlerFactory.Create(settings, new HarnessPortsFactory(harness).Create(settings, harness.Time, loggers), harness.Time, loggers, TextWriter.Synchronized(logs));
        var runtime = new LambdaRuntime(http, api.Address, harness.Time, loggers.CreateLogger<LambdaRuntime>(), new LambdaRuntimeOptions { SetEnvironmentVariable = (_, _) => { } });
        for (var i = 0; i < cases.Length; i++)
        {
            api.Enqueue($"bad-{i}", cases[i].Body, harness.Time.GetUtcNow().AddMinutes(5));
        }

        api.Enqueue("good", SampleEvents.Text(SampleEvents.TaskRunning), harness.Time.GetUtcNow().AddMinutes(5));

        for (var i = 0; i <= cases.Length; i++)
        {
            await runtime.ProcessNextAsync(handler, CancellationToken.None);
        }

        Assert.Empty(api.Posts("/error"));
        var responses = api.Posts("/response").Select(p => JsonDocument.Parse(p.BodyText).RootElement.GetProperty("status").GetString()).ToList();
        Assert.Equal([.. Enumerable.Repeat("rejected", cases.Length), "reconciled"], responses);
        Assert.DoesNotContain(HostileEvents.Marker, logs.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Null when the rejection is as it should be; else what is wrong with it.</summary>
    private static string? Check(HostileEvent hostile, JsonElement response, string newOutput)
    {
        if (response.GetProperty("status").GetString() != "rejected")
        {
            return $"answered {response.GetProperty("status").GetString()}";
        }

        if (newOutput.Contains(HostileEvents.Marker, StringComparison.Ordinal))
        {
            return "event content in the output";
        }

        var lines = newOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Any(l => l.Length > MaxLineLength))
        {
            return $"an output line of {lines.Max(l => l.Length)} characters";
        }

        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var rejected = records.FirstOrDefault(r => r.TryGetProperty("eventId", out var id) && id.GetInt32() == 4000);
        if (rejected.ValueKind != JsonValueKind.Object || rejected.GetProperty("level").GetString() != "WARN" ||
            rejected.GetProperty("properties").GetProperty("Problem").GetString() is not { Length: > 10 } ||
            rejected.GetProperty("properties").GetProperty("BodyBytes").GetInt32() != hostile.Body.Length)
        {
            return "no WARN 4000 log line with the problem and the body size";
        }

        var metrics = records.FirstOrDefault(r => r.TryGetProperty("_aws", out _));
        return metrics.ValueKind == JsonValueKind.Object && metrics.GetProperty("RejectedEvents").GetDouble() >= 1
            ? null
            : "no RejectedEvents metric";
    }

    private static string ValidSample(FunctionKind kind) => kind switch
    {
        FunctionKind.TaskState => SampleEvents.TaskRunning,
        FunctionKind.ApiChange => SampleEvents.ApiChangeAuthorizeRdp,
        FunctionKind.Resync => SampleEvents.ResyncSchedule,
        _ => SampleEvents.SpecChangeModify,
    };

    private void Report(HostileEvent[] cases)
    {
        output.WriteLine($"{cases.Length} malformed events (seed {Seed}), by category:");
        foreach (var group in cases.GroupBy(c => $"{c.Kind} / {Generalise(c.Category)}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }
    }

    private static string Generalise(string category) => category.Contains(" = ", StringComparison.Ordinal) ? category[..category.IndexOf(" = ", StringComparison.Ordinal)] + " = (wrong)" : category;
}
