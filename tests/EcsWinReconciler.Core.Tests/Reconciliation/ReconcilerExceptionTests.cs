using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>Issue 14, exceptions, on the fake world: excepted findings stay in status, alert and repair nothing, and re-open when they lapse.</summary>
public class ReconcilerExceptionTests
{
    private static readonly ExceptionExpiry UntilJanuary = ExceptionExpiry.EndOfDay(new DateOnly(2027, 1, 31));

    private static ExceptionEntry Rdp(ExceptionExpiry? expires = null) =>
        new(CheckIds.ForbiddenIngress, Ids.WebGroup, "RDP from the bastion until the migration ends", expires ?? UntilJanuary, "CHG-4711");

    private static TaskNetworkSpec SpecWith(RemediationSpec? remediation, params ExceptionEntry[] exceptions)
    {
        var spec = IisSpec.Create(remediation);
        return spec with { Spec = spec.Spec with { Exceptions = [.. exceptions] } };
    }

    [Fact]
    public async Task Resync_RdpOpenButExceptedInRemediateMode_NoRevokeNoAlertAndStatusSaysExcepted()
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        var harness = new ReconcilerHarness(world).WithSpec(SpecWith(IisSpec.Remediate, Rdp()));

        var summary = await harness.ResyncAsync();

        Assert.Empty(harness.Actuator.Executed);
        Assert.Empty(harness.Sink.Published);
        Assert.True(world.WebGroupAllowsRdpFromWorld());
        var finding = Assert.Single(summary.Tasks.SelectMany(t => t.Findings), f => f.Check == CheckIds.ForbiddenIngress);
        Assert.Equal(DecisionKind.Excepted, finding.Decision.Kind);
        Assert.Equal("excepted until 2027-01-31: CHG-4711 — RDP from the bastion until the migration ends", finding.Decision.Describe());
        Assert.Null(finding.AlertKey);
    }

    [Fact]
    public async Task Resync_ExceptionLapsed_RevokedAtTheNextLook()
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        var harness = new ReconcilerHarness(world).WithSpec(SpecWith(IisSpec.Remediate, Rdp(new ExceptionExpiry(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero), false))));
        await harness.ResyncAsync();
        Assert.Empty(harness.Actuator.Executed);

        harness.Time.Advance(TimeSpan.FromHours(1));
        var summary = await harness.ResyncAsync();

        Assert.Single(summary.Actions, a => a.Planned.Action is RevokeIngressRule);
        Assert.False(world.WebGroupAllowsRdpFromWorld());
        var finding = Assert.Single(summary.Tasks.SelectMany(t => t.Findings), f => f.Check == CheckIds.ForbiddenIngress);
        Assert.StartsWith("the exception CHG-4711 (RDP from the bastion until the migration ends) lapsed on 2026-11-25T13:00:00Z; ", finding.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resync_ExceptionLapsedInAlertMode_AlertOpensSayingItLapsed()
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        var harness = new ReconcilerHarness(world).WithSpec(SpecWith(null, Rdp(new ExceptionExpiry(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero), false))));
        await harness.ResyncAsync();
        Assert.Empty(harness.Sink.Published);

        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.ResyncAsync();

        var opened = Assert.Single(harness.Sink.Published);
        Assert.Contains("OPEN critical sg.forbidden-ingress", opened.Subject, StringComparison.Ordinal);
        Assert.Contains("Handling:   the exception CHG-4711 (RDP from the bastion until the migration ends) lapsed on 2026-11-25T13:00:00Z; remediation mode is alert", opened.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resync_OpenAlertWhoseFindingBecomesExcepted_ResolvedAsExceptedNeverAsFixed()
    {
        var world = WorldBuilder.Iis(tasks: 2);
        world.OpenRdpToTheWorld();
        var harness = new ReconcilerHarness(world).WithSpec(SpecWith(null));
        await harness.ResyncAsync();
        Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));

        harness.WithSpec(SpecWith(null, Rdp()));
        await harness.ResyncAsync();
        await harness.ResyncAsync();

        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        var resolved = Assert.Single(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.Contains("RESOLVED: excepted until 2027-01-31: CHG-4711 — RDP from the bastion until the migration ends; the drift is still there", resolved.Body, StringComparison.Ordinal);
        Assert.Contains("\"resolution\": \"excepted\"", resolved.Body, StringComparison.Ordinal);
        Assert.True(world.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public void Desired_GroupSetExceptedAndSubnetWrong_ServiceUpdateKeepsTheExceptedGroups()
    {
        var spec = IisSpec.Create(IisSpec.Remediate);
        var service = IisObservation.Service() with { SecurityGroups = [Ids.WebGroup, Ids.OtherGroup], Subnets = ["subnet-0ffffffffffffffff"] };

        var desired = ServiceRemediation.Desired(spec.Spec, service, [CheckIds.SecurityGroupSet]);
        var unexcepted = ServiceRemediation.Desired(spec.Spec, service);

        Assert.Equal([Ids.WebGroup, Ids.OtherGroup], desired.Groups.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("subnet-0ffffffffffffffff", desired.Subnets);
        Assert.Equal([Ids.WebGroup], unexcepted.Groups);
    }

    /// <summary>
    /// A service wrong in all three parts the spec constrains: the exception on one part keeps exactly that part as the
    /// service has it, and the other two still move to the spec.
    /// </summary>
    [Theory]
    [InlineData(CheckIds.EniSubnet)]
    [InlineData(CheckIds.SecurityGroupSet)]
    [InlineData(CheckIds.EniPublicIp)]
    public void Desired_OnePartExcepted_KeepsThatPartOnly(string excepted)
    {
        var spec = IisSpec.Create(IisSpec.Remediate);
        var service = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup, Ids.WebGroup], Subnets = ["subnet-0ffffffffffffffff"], AssignPublicIp = true };
        var toSpec = ServiceRemediation.Desired(spec.Spec, service);
        Assert.NotEqual(service.Subnets, toSpec.Subnets);
        Assert.NotEqual(service.SecurityGroups, toSpec.Groups);
        Assert.False(toSpec.PublicIp);

        var desired = ServiceRemediation.Desired(spec.Spec, service, [excepted]);

        Assert.Equal(excepted == CheckIds.EniSubnet ? service.Subnets : toSpec.Subnets, desired.Subnets);
        Assert.Equal(excepted == CheckIds.SecurityGroupSet ? service.SecurityGroups.Order(StringComparer.Ordinal) : toSpec.Groups, desired.Groups);
        Assert.Equal(excepted == CheckIds.EniPublicIp, desired.PublicIp);
    }
}
