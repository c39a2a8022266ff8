using Amazon.EC2.Model;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// DescribeDhcpOptions item → <see cref="DhcpOptionsObservation"/>. Values are kept exactly as EC2 gives them:
/// a multi-value or space-separated <c>domain-name</c> is the Windows pitfall the DNS check must see (DESIGN.md).
/// </summary>
internal static class DhcpOptionsMapping
{
    public const string DomainNameServers = "domain-name-servers";
    public const string DomainName = "domain-name";

    /// <summary>"default" (or no option set at all) means the VPC uses AmazonProvidedDNS.</summary>
    public static bool IsAmazonDefault(string? dhcpOptionsId) =>
        string.IsNullOrEmpty(dhcpOptionsId) || string.Equals(dhcpOptionsId, DhcpOptionsObservation.DefaultId, StringComparison.Ordinal);

    public static DhcpOptionsObservation Map(DhcpOptions options) =>
        new(options.DhcpOptionsId, Values(options, DomainNameServers), Values(options, DomainName));

    private static EquatableArray<string> Values(DhcpOptions options, string key) =>
        (options.DhcpConfigurations ?? [])
            .Where(c => string.Equals(c.Key, key, StringComparison.Ordinal))
            .SelectMany(c => c.Values ?? [])
            .Where(v => v is not null)
            .ToEquatableArray();
}
