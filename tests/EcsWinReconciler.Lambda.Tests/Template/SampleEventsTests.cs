using System.Text.Json;
using System.Text.RegularExpressions;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>events/ holds one sample per trigger, all about the same account, region and cluster as the IIS example.</summary>
public sealed partial class SampleEventsTests
{
    public static TheoryData<string, FunctionKind> Samples => new()
    {
        { SampleEvents.TaskRunning, FunctionKind.TaskState },
        { SampleEvents.TaskStopped, FunctionKind.TaskState },
        { SampleEvents.ApiChangeAuthorizeRdp, FunctionKind.ApiChange },
        { SampleEvents.ResyncSchedule, FunctionKind.Resync },
        { SampleEvents.SpecChangeModify, FunctionKind.SpecChange },
    };

    public static TheoryData<string> SampleNames => [.. Samples.Select(s => (string)s[0])];

    [Fact]
    public void Directory_HoldsExactlyTheSamples()
    {
        var files = Directory.GetFiles(SampleEvents.Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Samples.Select(s => (string)s[0]).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_EveryArn_IsInTheExampleAccountAndRegion(string sample)
    {
        var arns = Strings(JsonDocument.Parse(SampleEvents.Text(sample)).RootElement).SelectMany(s => Arn().Matches(s)).ToList();

        Assert.NotEmpty(arns);
        Assert.All(arns, a => Assert.Equal(Ids.Account, a.Groups["account"].Value));
        Assert.All(arns.Where(a => a.Groups["region"].Length > 0), a => Assert.Equal(Ids.Region, a.Groups["region"].Value));
        Assert.All(arns.Where(a => a.Value.Contains(":ecs:", StringComparison.Ordinal) && !a.Value.Contains("task-definition", StringComparison.Ordinal)),
            a => Assert.Contains($"/{Ids.ClusterName}", a.Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_ItsFunction_ReconcilesIt(string sample, FunctionKind kind)
    {
        var rig = new FunctionRig(kind);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(sample));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal(0, response.GetProperty("failed").GetInt32());
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"arn:aws:[a-z0-9-]+:(?<region>[a-z0-9-]*):(?<account>\d{12}):[^""\s]+")]
    private static partial Regex Arn();
}
