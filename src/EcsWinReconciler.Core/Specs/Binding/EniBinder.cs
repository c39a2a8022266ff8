using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="EniSpec"/>; the checks are all structural (ids, limits, publicIp values).</summary>
internal static class EniBinder
{
    public static EniSpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var subnets = view.ReadList(EniShape.Subnets);
        var publicIp = view.Read(EniShape.PublicIp);
        var minFreeIps = view.Read(EniShape.MinFreeIps);
        return subnets.IsUsable && publicIp.IsUsable && minFreeIps.IsUsable
            ? new EniSpec(subnets.Value, publicIp.Value) { MinFreeIps = minFreeIps.IsPresent ? minFreeIps.Value : null }
            : null;
    }
}
