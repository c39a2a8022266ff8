using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// An alert's key: <c>SPEC:CHECK@KIND:ID</c>, one per (spec, check, root). The spec is part of it because the check's
/// expectation is the spec's: two specs that select tasks sharing a VPC may want different DNS servers, and one passing
/// must not resolve the other's alert. Keys without <c>@</c> are the per-resource keys of earlier versions.
/// </summary>
public static class AlertKey
{
    public static string For(string specName, Finding finding) => For(specName, finding.Cause);

    public static string For(string specName, string cause) => $"{specName}:{cause}";

    /// <summary>A key written by a version that keyed alerts per resource (<c>SPEC:CHECK/RESOURCE</c>).</summary>
    public static bool IsLegacy(string key) => !key.Contains('@', StringComparison.Ordinal);

    /// <summary>The spec, check and root a key names; null for legacy or unreadable keys.</summary>
    public static (string SpecName, string Check, FindingRoot Root)? TryParse(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        var colon = at < 0 ? -1 : key.LastIndexOf(':', at);
        if (colon <= 0 || FindingRoot.TryParse(key[(at + 1)..]) is not { } root)
        {
            return null;
        }

        return (key[..colon], key[(colon + 1)..at], root);
    }
}
