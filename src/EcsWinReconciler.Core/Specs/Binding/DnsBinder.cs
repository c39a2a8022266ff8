using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="DnsSpec"/> and rejects attribute combinations EC2 or ECS cannot produce.</summary>
internal static class DnsBinder
{
    public static DnsSpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var support = view.Read(DnsShape.VpcDnsSupport);
        var hostnames = view.Read(DnsShape.VpcDnsHostnames);
        var servers = view.ReadList(DnsShape.Servers);
        var domain = view.Read(DnsShape.DomainName);
        var privateName = view.Read(DnsShape.PrivateDnsName);

        // ModifyVpcAttribute refuses enableDnsHostnames without enableDnsSupport.
        if (hostnames is { IsPresent: true, Value: true } && support is { IsPresent: true, Value: false })
        {
            view.Report(DnsShape.VpcDnsHostnames, "true needs vpcDnsSupport: true (a VPC cannot have DNS hostnames without DNS support)");
        }

        // ECS gives a Windows task its Amazon DNS hostname only when both attributes are true (docs/FACTS.md §3.2).
        var off = new[] { (support, DnsShape.VpcDnsSupport.Name), (hostnames, DnsShape.VpcDnsHostnames.Name) }
            .Where(a => a.Item1 is { IsPresent: true, Value: false })
            .Select(a => a.Item2)
            .ToList();
        if (privateName is { IsPresent: true, Value: PrivateDnsNamePolicy.Required } && off.Count > 0)
        {
            view.Report(
                DnsShape.PrivateDnsName,
                $"required needs vpcDnsSupport and vpcDnsHostnames both true (a task gets a private DNS name only then), but {string.Join(" and ", off)} {(off.Count == 1 ? "is" : "are")} false");
        }

        return support.IsUsable && hostnames.IsUsable && servers.IsUsable && domain.IsUsable && privateName.IsUsable
            ? new DnsSpec(NullIfAbsent(support), NullIfAbsent(hostnames), servers.Value, domain.IsPresent ? domain.Value : null, privateName.Value)
            : null;
    }

    private static bool? NullIfAbsent(Bound<bool> value) => value.IsPresent ? value.Value : null;
}
