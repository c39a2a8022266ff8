using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 14, exceptions, through the task-state function and the resync on the real adapters (sandbox + dynalite): RDP open
/// to the world is alerted; an exception for it (stored in the spec, as ewr except add writes it) resolves the alert as
/// excepted — never as fixed — and nothing is revoked; status shows it excepted; once the clock passes its date the next
/// look re-opens the alert, saying the exception lapsed, on what date and under which ticket.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class ExceptionTests(DynaliteFixture dynamo)
{
    private const string Reason = "RDP from the bastion subnet until the migration ends";

    [Fact]
    public async Task RdpExcepted_SuppressedAndShownThenLapsed_AlertReopensSayingSo()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open");
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        await AlertOnlyAsync(account);
        var running = SandboxEvents.Latest(account.Sandbox, RunningTask(account));
        await function.InvokeAsync(running.Json);
        Assert.Single(account.Subjects(), s => s.Contains("OPEN critical sg.forbidden-ingress", StringComparison.Ordinal));

        var lapsesAt = account.Time.GetUtcNow().AddDays(1);
        await ExceptAsync(account, new ExceptionEntry(CheckIds.ForbiddenIngress, ScenarioIds.WebGroup, Reason, new ExceptionExpiry(lapsesAt, false), "CHG-4711")
        {
            AddedBy = "ana",
            AddedAt = account.Time.GetUtcNow(),
        });
        account.Time.Advance(TimeSpan.FromMinutes(1));
        var excepted = await function.InvokeAsync(running.Json);

        Assert.Equal("reconciled", excepted.Status());
        Assert.Empty(account.MutatingCalls());
        var until = new ExceptionExpiry(lapsesAt, false).ToString();
        var finding = Assert.Single((await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None))!.Findings, f => f.Check == CheckIds.ForbiddenIngress);
        Assert.Equal(DecisionKind.Excepted, finding.Decision.Kind);
        Assert.Equal($"excepted until {until}: CHG-4711 — {Reason}", finding.Decision.Describe());
        var resolved = Assert.Single(account.Sandbox.Admin.PublishedMessages(), m => m.Subject!.Contains("RESOLVED critical sg.forbidden-ingress", StringComparison.Ordinal));
        Assert.Contains($"RESOLVED: excepted until {until}: CHG-4711 — {Reason}; the drift is still there", resolved.Message, StringComparison.Ordinal);
        Assert.Contains("\"resolution\": \"excepted\"", resolved.Message, StringComparison.Ordinal);
        Assert.Empty(await account.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None));

        account.Time.Advance(TimeSpan.FromDays(1));
        await account.ResyncAsync();

        Assert.Empty(account.MutatingCalls());
        var reopened = account.Sandbox.Admin.PublishedMessages().Where(m => m.Subject!.Contains("OPEN critical sg.forbidden-ingress", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reopened.Count);
        Assert.Contains($"the exception CHG-4711 ({Reason}) lapsed on {until}", reopened[^1].Message, StringComparison.Ordinal);
        var after = Assert.Single((await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None))!.Findings, f => f.Check == CheckIds.ForbiddenIngress);
        Assert.Equal(DecisionKind.Alerted, after.Decision.Kind);
    }

    /// <summary>Who ewr except add records when --by is not given: the caller's ARN, from STS GetCallerIdentity (the sandbox's own).</summary>
    [Fact]
    public async Task CallerArn_Sandbox_TheUserOfTheAccessKey()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");

        var arn = await account.Backend.CallerArnAsync(CancellationToken.None);

        Assert.Equal("arn:aws:iam::111122223333:user/AKIDEXAMPLE", arn);
    }

    /// <summary>The sample spec with security groups on alert, so what an exception changes is seen in alerts (it never acts either way).</summary>
    private static async Task AlertOnlyAsync(LocalAccount account)
    {
        var stored = (await account.Ports.Specs.GetAsync(ScenarioIds.ServiceName, CancellationToken.None))!;
        var spec = stored.Spec with { Spec = stored.Spec.Spec with { Remediation = RemediationSpec.AlertOnly } };
        await account.Ports.Specs.ApplyAsync(spec, SpecWriter.ToJson(spec), stored.Generation, CancellationToken.None);
    }

    /// <summary>What ewr except add does: the spec read, the exception added, applied at the generation read.</summary>
    private static async Task ExceptAsync(LocalAccount account, ExceptionEntry entry)
    {
        var stored = (await account.Ports.Specs.GetAsync(ScenarioIds.ServiceName, CancellationToken.None))!;
        var spec = stored.Spec with { Spec = stored.Spec.Spec with { Exceptions = [.. stored.Spec.Spec.Exceptions, entry] } };
        var applied = await account.Ports.Specs.ApplyAsync(spec, SpecWriter.ToJson(spec), stored.Generation, CancellationToken.None);
        Assert.Equal(Core.Ports.SpecApplyOutcome.Updated, applied.Outcome);
    }

    private static string RunningTask(LocalAccount account) =>
        account.Sandbox.State.Read(w => w.Tasks.Values.First(t => t.ServiceName == ScenarioIds.ServiceName && !t.IsStopped).Arn);
}
