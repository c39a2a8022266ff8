using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// A task attachment. ENI details are <c>{name, value}</c> pairs that may be missing in early states, so
/// every accessor returns null rather than throwing.
/// </summary>
public sealed record TaskAttachment(string Id, string Type, string? Status, EquatableArray<KeyValuePair<string, string>> Details)
{
    /// <summary>Events say "eni", DescribeTasks says "ElasticNetworkInterface": both are the task ENI.</summary>
    public bool IsEni =>
        string.Equals(Type, "eni", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(Type, "ElasticNetworkInterface", StringComparison.OrdinalIgnoreCase);

    public string? NetworkInterfaceId => Detail("networkInterfaceId");

    public string? SubnetId => Detail("subnetId");

    public string? PrivateIpv4Address => Detail("privateIPv4Address");

    public string? PrivateDnsName => Detail("privateDnsName");

    public string? MacAddress => Detail("macAddress");

    public string? Detail(string name)
    {
        foreach (var pair in Details)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal) && !string.IsNullOrEmpty(pair.Value))
            {
                return pair.Value;
            }
        }

        return null;
    }
}
