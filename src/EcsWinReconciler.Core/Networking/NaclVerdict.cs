namespace EcsWinReconciler.Core.Networking;

/// <summary>What a network ACL decides for some traffic: allowed or not, and the entry that decided (null: the default deny).</summary>
public sealed record NaclVerdict(bool Allowed, NaclEntry? DecidedBy, PortRange? BlockedPorts = null)
{
    /// <summary>The deciding entry in words: "rule 90 (inbound deny tcp 1024-65535 from 0.0.0.0/0)" or the default deny.</summary>
    public string Describe() => DecidedBy?.Describe() ?? "the default rule * (deny all)";
}
