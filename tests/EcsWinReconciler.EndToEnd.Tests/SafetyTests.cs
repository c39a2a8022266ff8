using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, safety on the real path, judged by the sandbox's write log: in dry-run and alert modes every function, fed
/// every event it could get, writes nothing to EC2 or ECS in any scenario; a Linux task is never touched even when a
/// spec in remediate mode names its family and it drifts in every repairable way.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class SafetyTests(DynaliteFixture dynamo)
{
    private const string Everything = "rdp-open+wrong-security-groups+dns-hostnames-off+dhcp-missing-ad-dns+linux-task+eni-exhausted";

    public static TheoryData<string> Scenarios => [.. ScenarioCatalog.All.Select(s => s.Name), Everything];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task DryRunAndAlertModes_EveryFunctionEveryEvent_ZeroWrites(string scenario)
    {
        await using var account = await LocalAccount.StartAsync(dynamo, scenario);

        var invocations = 0;
        foreach (var mode in new[] { DeploymentRemediationMode.DryRun, DeploymentRemediationMode.Alert })
        {
            invocations += await InvokeEverythingAsync(account, mode);
        }

        Assert.True(invocations > 10);
        Assert.Empty(account.MutatingCalls());
        var ledger = await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.All(ledger, e => Assert.True(e.DryRun && e.Result != ActionResult.Applied, $"{e.ActionKey}: {e.Result}"));
    }

    [Fact]
    public async Task LinuxTaskDriftingUnderARemediateSpec_NeverTouchedAndSkippedWithItsReason()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "linux-task");
        var spec = Assert.Single(SpecReader.Read("log-router.yaml", LogRouterSpec).Specs).Spec;
        await account.Ports.Specs.ApplyAsync(spec, SpecWriter.ToJson(spec), null, CancellationToken.None);
        var linuxTask = account.Sandbox.State.Read(w => w.Tasks.Values.Single(t => t.ServiceName == ScenarioIds.LinuxServiceName && t.LastStatus == "RUNNING").Arn);
        account.Sandbox.State.Write(w =>
        {
            WorldEdits.AddIngress(w, ScenarioIds.LogRouterGroup, 3389, 3389, "0.0.0.0/0", "RDP from anywhere");
            w.NetworkInterfaces[w.Tasks[linuxTask].Eni!.NetworkInterfaceId!].GroupIds.Add(ScenarioIds.LegacyGroup);
            w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = false;
        });

        var invocations = await InvokeEverythingAsync(account, DeploymentRemediationMode.Remediate);

        Assert.True(invocations > 5);
        Assert.Empty(account.MutatingCalls());
        var status = await account.Ports.Status.GetAsync(linuxTask, CancellationToken.None);
        Assert.Equal(JudgementKind.Skipped, status!.Judgement);
        Assert.StartsWith("not Windows", status.Reason, StringComparison.Ordinal);
    }

    private const string LogRouterSpec = """
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata: { name: log-router }
        spec:
          selector: { cluster: win-prod, family: log-router }
          platform: windows
          securityGroups:
            match: exact
            ids: [sg-0cc33dd44ee55ff66]
            forbiddenIngress: [{ protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }]
          dns: { vpcDnsSupport: true, vpcDnsHostnames: true }
          remediation: { mode: remediate, securityGroups: remediate, eni: replace-task, dns: remediate }
        """;

    /// <summary>Every function, every event it could receive here: the schedule, the sample API change and spec change, every task's every event.</summary>
    private static async Task<int> InvokeEverythingAsync(LocalAccount account, DeploymentRemediationMode mode)
    {
        var events = Path.Combine(TestSupport.Reference.RepositoryPaths.RepositoryRoot, "events");
        var invocations = new List<(FunctionKind Kind, string Json)>
        {
            (FunctionKind.Resync, File.ReadAllText(Path.Combine(events, "resync-schedule.json"))),
            (FunctionKind.ApiChange, File.ReadAllText(Path.Combine(events, "api-change-authorize-rdp.json"))),
            (FunctionKind.SpecChange, File.ReadAllText(Path.Combine(events, "spec-change-modify.json"))),
        };
        invocations.AddRange(account.Sandbox.Admin.Events().Select(e => (FunctionKind.TaskState, e.Json)));
        foreach (var kind in invocations.Select(i => i.Kind).Distinct())
        {
            using var function = new LocalFunction(account, kind, mode);
            foreach (var (_, json) in invocations.Where(i => i.Kind == kind))
            {
                var response = await function.InvokeAsync(json);
                Assert.Equal((kind, "reconciled", 0), (kind, response.Status(), response.Count("failed")));
            }
        }

        return invocations.Count;
    }
}
