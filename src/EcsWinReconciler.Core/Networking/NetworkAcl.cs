using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Networking;

/// <summary>
/// A network ACL and its entries (DescribeNetworkAcls). Entries are tried in ascending rule number; the first one whose
/// direction, protocol, port range and CIDR match decides; nothing matching is the default deny (docs/FACTS.md §6.1).
/// </summary>
public sealed record NetworkAcl(string Id, EquatableArray<NaclEntry> Entries)
{
    /// <summary>The verdict for one packet: direction, protocol, port, peer address.</summary>
    public NaclVerdict Evaluate(bool egress, IpProtocol protocol, int port, Cidr peer)
    {
        foreach (var entry in Ordered())
        {
            if (entry.Matches(egress, protocol, peer) && entry.PortsFor(protocol).Contains(PortRange.Single(port)))
            {
                return new NaclVerdict(entry.Allow, entry, entry.Allow ? null : PortRange.Single(port));
            }
        }

        return new NaclVerdict(false, null, PortRange.Single(port));
    }

    /// <summary>
    /// Whether every port of <paramref name="ports"/> is allowed: a reply lands on whichever ephemeral port Windows chose, so
    /// the whole range must pass. Sweeps the entries once over the ports still undecided (no per-port loop); when some
    /// port is denied, the verdict names the first entry in rule order that denies one, and the lowest port it denies.
    /// </summary>
    public NaclVerdict AllowsAll(bool egress, IpProtocol protocol, PortRange ports, Cidr peer)
    {
        var undecided = new List<PortRange> { ports };
        foreach (var entry in Ordered())
        {
            if (undecided.Count == 0)
            {
                break;
            }

            if (!entry.Matches(egress, protocol, peer))
            {
                continue;
            }

            var range = entry.PortsFor(protocol);
            var hit = undecided.Where(u => u.Overlaps(range)).Select(u => Intersect(u, range)).ToList();
            if (hit.Count == 0)
            {
                continue;
            }

            if (!entry.Allow)
            {
                return new NaclVerdict(false, entry, hit.MinBy(h => h.From));
            }

            undecided = [.. undecided.SelectMany(u => Subtract(u, range))];
        }

        return undecided.Count == 0
            ? new NaclVerdict(true, null)
            : new NaclVerdict(false, null, undecided.MinBy(u => u.From));
    }

    /// <summary>
    /// <see cref="AllowsAll"/>'s answer without its explanation, allocating nothing: the check every healthy task runs for
    /// each server and service. Sweeps the range from its lowest port: the entry that decides a port (the first in rule
    /// order that matches and holds it) decides the ports after it up to its end or up to where an entry before it in rule
    /// order starts to hold ports; a port no entry decides, or one a deny decides, fails the range.
    /// </summary>
    public bool PassesAll(bool egress, IpProtocol protocol, PortRange ports, Cidr peer)
    {
        var port = ports.From;
        while (true)
        {
            if (Deciding(egress, protocol, peer, port) is not { } decides || !decides.Allow)
            {
                return false;
            }

            var stretchEnd = decides.PortsFor(protocol).To;
            foreach (var entry in Entries)
            {
                if (entry.RuleNumber < decides.RuleNumber && entry.Matches(egress, protocol, peer) && entry.PortsFor(protocol).From is var start && start > port && start <= stretchEnd)
                {
                    stretchEnd = start - 1;
                }
            }

            if (stretchEnd >= ports.To)
            {
                return true;
            }

            port = stretchEnd + 1;
        }
    }

    /// <summary>The entry that decides one port: the lowest rule number among those that match and hold it (no sorting, no allocation).</summary>
    private NaclEntry? Deciding(bool egress, IpProtocol protocol, Cidr peer, int port)
    {
        NaclEntry? first = null;
        foreach (var entry in Entries)
        {
            if ((first is null || entry.RuleNumber < first.RuleNumber) && entry.Matches(egress, protocol, peer) && entry.PortsFor(protocol) is var range && range.From <= port && port <= range.To)
            {
                first = entry;
            }
        }

        return first;
    }

    private IEnumerable<NaclEntry> Ordered() => Entries.OrderBy(e => e.RuleNumber);

    private static PortRange Intersect(PortRange a, PortRange b) => new(Math.Max(a.From, b.From), Math.Min(a.To, b.To));

    private static IEnumerable<PortRange> Subtract(PortRange range, PortRange cut)
    {
        if (!range.Overlaps(cut))
        {
            yield return range;
            yield break;
        }

        if (range.From < cut.From)
        {
            yield return new PortRange(range.From, cut.From - 1);
        }

        if (cut.To < range.To)
        {
            yield return new PortRange(cut.To + 1, range.To);
        }
    }
}
