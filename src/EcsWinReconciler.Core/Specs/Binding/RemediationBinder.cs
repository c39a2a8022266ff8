using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="RemediationSpec"/>: each group not set takes <c>mode</c>.</summary>
internal static class RemediationBinder
{
    public static RemediationSpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return new RemediationSpec(SpecDefaults.RemediationMode, SpecDefaults.RemediationMode, SpecDefaults.RemediationMode, SpecDefaults.RemediationMode);
        }

        var mode = view.Read(RemediationShape.Mode);
        var securityGroups = view.Read(RemediationShape.SecurityGroups);
        var eni = view.Read(RemediationShape.Eni);
        var dns = view.Read(RemediationShape.Dns);
        if (!mode.IsUsable || !securityGroups.IsUsable || !eni.IsUsable || !dns.IsUsable)
        {
            return null;
        }

        return new RemediationSpec(mode.Value, OrMode(securityGroups), OrMode(eni), OrMode(dns));

        RemediationMode OrMode(Bound<RemediationMode> group) => group.IsPresent ? group.Value : mode.Value;
    }
}
