using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Binding;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Tests.Specs.Binding;

public class SecurityGroupBinderTests
{
    private static (SecurityGroupSpec? Spec, IReadOnlyList<string> Problems) Bind(string yaml)
    {
        var (view, diagnostics) = Parsed.View(yaml, SecurityGroupsShape.Object, "spec.securityGroups");
        var spec = SecurityGroupBinder.Bind(view);
        return (spec, [.. Parsed.Texts(diagnostics)]);
    }

    [Fact]
    public void Bind_NoForbiddenIngress_TheWindowsRemoteManagementDefaults()
    {
        var (spec, problems) = Bind("ids: [sg-0a1b2c3d]");

        Assert.Empty(problems);
        Assert.Equal(SpecDefaults.ForbiddenIngress, spec!.ForbiddenIngress);
    }

    [Fact]
    public void Bind_EmptyForbiddenIngress_ReplacesTheDefaults() =>
        Assert.Empty(Bind("ids: [sg-0a1b2c3d]\nforbiddenIngress: []").Spec!.ForbiddenIngress);

    [Fact]
    public void Bind_TheSameRuleWrittenTwoWays_IsReportedAsARepeatOfTheFirst()
    {
        var (spec, problems) = Bind("""
            ids: [sg-0a1b2c3d]
            forbiddenIngress:
              - { protocol: tcp, ports: 22, cidr: 0.0.0.0/0 }
              - { protocol: 6, ports: "22", cidr: 0.0.0.0/0 }
            """);

        Assert.Null(spec);
        var problem = Assert.Single(problems);
        Assert.StartsWith("spec.securityGroups.forbiddenIngress[1]: ", problem, StringComparison.Ordinal);
        Assert.EndsWith(" repeats forbiddenIngress[0]", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ExactMatchWithoutIds_NeedsAGroup()
    {
        // Reported, so the document yields no spec (SpecBinder); the group spec itself is still built for later checks.
        var (_, problems) = Bind("match: exact");

        Assert.Contains(problems, p => p.StartsWith("spec.securityGroups: missing ids: match exact needs at least one group", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_RequiredRuleTheDefaultsForbid_ContradictionNamesTheDefault()
    {
        var (_, problems) = Bind("ids: [sg-0a1b2c3d]\nrequiredIngress: [{ protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }]");

        var problem = Assert.Single(problems);
        Assert.StartsWith("spec.securityGroups.requiredIngress[0]: ", problem, StringComparison.Ordinal);
        Assert.Contains("is forbidden by the default forbiddenIngress", problem, StringComparison.Ordinal);
    }
}
