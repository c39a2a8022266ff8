using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="ActiveDirectorySpec"/>; the checks are structural (addresses, limits, the domain's form).</summary>
internal static class ActiveDirectoryBinder
{
    public static ActiveDirectorySpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var controllers = view.ReadList(ActiveDirectoryShape.DomainControllers);
        var domain = view.Read(ActiveDirectoryShape.Domain);
        return controllers.IsUsable && domain.IsUsable ? new ActiveDirectorySpec(controllers.Value, domain.IsPresent ? domain.Value : null) : null;
    }
}
