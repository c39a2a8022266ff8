using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// Turns a structurally checked document into a <see cref="TaskNetworkSpec"/>, adding the checks that span
/// fields (contradictions, defaults that depend on other fields). Returns null when the document has any problem.
/// </summary>
internal static class SpecBinder
{
    public static TaskNetworkSpec? Bind(MappingNode root, Diagnostics diagnostics, SpecReadOptions? options = null)
    {
        var view = new ObjectView(root, DocPath.Root, diagnostics);
        var metadata = MetadataBinder.Bind(view.ReadObject(RootShape.Metadata));
        var body = BindBody(view.ReadObject(RootShape.Spec), options ?? SpecReadOptions.Stored);
        if (diagnostics.HasProblems)
        {
            return null;
        }

        // Every path that yields null also reports; a silent null would drop a valid spec unnoticed.
        return metadata is not null && body is not null
            ? new TaskNetworkSpec(metadata, body)
            : throw new InvalidOperationException("The spec binder produced no spec and reported no problem.");
    }

    private static SpecBody? BindBody(ObjectView? view, SpecReadOptions options)
    {
        if (view is null)
        {
            return null;
        }

        var selector = BindSelector(view.ReadObject(SpecBodyShape.Selector));
        var platform = view.Read(SpecBodyShape.Platform);
        var suspend = view.Read(SpecBodyShape.Suspend);
        var eni = EniBinder.Bind(view.ReadObject(SpecBodyShape.Eni));
        var securityGroups = SecurityGroupBinder.Bind(view.ReadObject(SpecBodyShape.SecurityGroups));
        var dns = DnsBinder.Bind(view.ReadObject(SpecBodyShape.Dns));
        var activeDirectoryView = view.ReadObject(SpecBodyShape.ActiveDirectory);
        var activeDirectory = ActiveDirectoryBinder.Bind(activeDirectoryView);
        var remediation = RemediationBinder.Bind(view.ReadObject(SpecBodyShape.Remediation));
        var alerts = AlertsBinder.Bind(view.ReadObject(SpecBodyShape.Alerts));
        var exceptions = ExceptionBinder.Bind(view, options);
        return selector is not null && platform.IsUsable && suspend.IsUsable && remediation is not null && alerts is not null && (activeDirectoryView is null || activeDirectory is not null)
            && exceptions is not null
            ? new SpecBody(selector, platform.Value, eni, securityGroups, dns, remediation, alerts, suspend.Value) { ActiveDirectory = activeDirectory, Exceptions = exceptions.Value }
            : null;
    }

    private static TaskSelector? BindSelector(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var cluster = view.Read(SelectorShape.Cluster);
        var family = view.Read(SelectorShape.Family);
        var account = view.Read(SelectorShape.Account);
        var region = view.Read(SelectorShape.Region);
        return cluster.IsPresent && family.IsPresent && account.IsUsable && region.IsUsable
            ? new TaskSelector(cluster.Value, family.Value) { Account = account.IsPresent ? account.Value : null, Region = region.IsPresent ? region.Value : null }
            : null;
    }
}
