using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// The scenarios crash points are tried over: the sandbox's drifts on a two-task IIS fleet (RDP open, DNS hostnames off, the
/// service's groups wrong, a stray group on the task ENIs, all at once), in alert and remediate mode, stopped during a resync
/// and during a task event; and the moments that move alerts the other way or hold state: drift fixed by a person (resolve),
/// the task stopped (leave, close), SNS down earlier (the outbox), a budget of one, rolling deployments, dry run.
/// </summary>
public static class CrashScenarios
{
    private static readonly (string Name, Action<FakeAwsWorld> Drift)[] Drifts =
    [
        ("rdp-open", w => w.OpenRdpToTheWorld()),
        ("dns-hostnames-off", HostnamesOff),
        ("wrong-security-groups", WrongServiceGroups),
        ("stray-group-on-task-enis", StrayGroupOnEnis),
        ("rdp-open+dns-hostnames-off+wrong-security-groups", w =>
        {
            w.OpenRdpToTheWorld();
            HostnamesOff(w);
            WrongServiceGroups(w);
        }),
    ];

    public static IEnumerable<CrashScenario> All()
    {
        foreach (var (name, drift) in Drifts)
        {
            foreach (var remediate in new[] { false, true })
            {
                foreach (var invocation in new[] { CrashInvocation.Resync, CrashInvocation.TaskEvent })
                {
                    yield return new($"{name}, {(remediate ? "remediate" : "alert")}", invocation, () => Fleet(drift, remediate ? IisSpec.Remediate : null));
                }
            }
        }

        yield return new("all drifts, remediate, rolling deployments", CrashInvocation.Resync, () =>
        {
            var harness = Fleet(w => Drifts[^1].Drift(w), IisSpec.Remediate);
            harness.World.RollingDeployments = true;
            return harness;
        })
        {
            WorldMovesOn = h => h.Actuator.CompleteRollout(FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName)),
        };
        yield return new("all drifts, dry run", CrashInvocation.Resync, () => Fleet(w => Drifts[^1].Drift(w), IisSpec.DryRun));
        yield return new("two repairs, budget of one", CrashInvocation.Resync, () => Fleet(w =>
        {
            w.OpenRdpToTheWorld();
            HostnamesOff(w);
        }, IisSpec.Remediate, budget: 1));
        foreach (var invocation in new[] { CrashInvocation.Resync, CrashInvocation.TaskEvent })
        {
            yield return new("alerts open, then a person fixes everything", invocation, () => Fleet(w => Drifts[^1].Drift(w), null), FixedByAPersonAsync);
        }

        yield return new("alert open, its first task stopped", CrashInvocation.TaskEvent, () => Fleet(w => w.OpenRdpToTheWorld(), null), FirstTaskStoppedAsync);
        yield return new("alerts owed while SNS was down", CrashInvocation.Resync, () => Fleet(w => Drifts[^1].Drift(w), null), SnsWasDownAsync);
    }

    private static ReconcilerHarness Fleet(Action<FakeAwsWorld> drift, RemediationSpec? remediation, int budget = 100)
    {
        var world = WorldBuilder.Iis(2);
        drift(world);
        return new ReconcilerHarness(world, budget).WithIisSpec(remediation);
    }

    private static void HostnamesOff(FakeAwsWorld world) => world.Vpcs[Ids.VpcId] = world.Vpcs[Ids.VpcId] with { DnsHostnames = false };

    private static void WrongServiceGroups(FakeAwsWorld world)
    {
        var key = FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName);
        world.Services[key] = world.Services[key] with { SecurityGroups = [Ids.WebGroup, Ids.OtherGroup] };
        StrayGroupOnEnis(world);
    }

    private static void StrayGroupOnEnis(FakeAwsWorld world)
    {
        foreach (var eni in world.Enis.Keys.ToList())
        {
            world.Enis[eni] = world.Enis[eni] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        }
    }

    private static async Task FixedByAPersonAsync(ReconcilerHarness harness)
    {
        await harness.ResyncAsync();
        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        harness.World.Vpcs[Ids.VpcId] = IisObservation.Vpc();
        var key = FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName);
        harness.World.Services[key] = IisObservation.Service();
        harness.Actuator.CompleteRollout(key);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
    }

    private static async Task FirstTaskStoppedAsync(ReconcilerHarness harness)
    {
        await harness.ResyncAsync();
        harness.Actuator.Replace(harness.World.Tasks[Ids.TaskArn]);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
    }

    private static async Task SnsWasDownAsync(ReconcilerHarness harness)
    {
        harness.Sink.FailWith = "SNS unavailable";
        await harness.ResyncAsync();
        harness.Sink.FailWith = null;
        harness.Time.Advance(ReconcilerOptions.Default.NotificationLease + TimeSpan.FromMinutes(1));
    }

    /// <summary>Whether a task counts as running in the world (ECS wants it running and it is).</summary>
    public static bool Runs(ObservedTask task) => task.IsRunning && task.DesiredStatus == TaskLifecycle.Running;
}
