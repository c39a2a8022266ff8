using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Scope;

/// <summary>
/// Where the deployment lets remediation write, as template.yaml's IAM says it: resources tagged
/// <see cref="TagKey"/>=<see cref="TagValue"/>, and (without the tag) security groups and VPCs of the listed VPCs, services
/// and tasks of the listed clusters. <see cref="TaggedOnly"/>, the default, lists none.
/// </summary>
public sealed record ManagedScope(EquatableArray<string> VpcIds, EquatableArray<string> ClusterNames)
{
    /// <summary>The tag that marks a resource as the reconciler's to change (fixed: IAM condition keys cannot come from a parameter).</summary>
    public const string TagKey = "ecswin:managed";

    public const string TagValue = "true";

    public static ManagedScope TaggedOnly { get; } = new([], []);

    public string Tag => $"{TagKey}={TagValue}";

    /// <summary>A VPC by id or ARN.</summary>
    public bool ListsVpc(string vpcIdOrArn) => VpcIds.Contains(VpcId(vpcIdOrArn), StringComparer.Ordinal);

    /// <summary>A cluster by name or ARN.</summary>
    public bool ListsCluster(string clusterArnOrName) => ClusterNames.Contains(AwsIds.ClusterName(clusterArnOrName), StringComparer.Ordinal);

    /// <summary>IAM compares tag values case-sensitively (StringEquals): only exactly "true" counts.</summary>
    public static bool IsTagged(IReadOnlyDictionary<string, string>? tags) =>
        tags is not null && tags.TryGetValue(TagKey, out var value) && string.Equals(value, TagValue, StringComparison.Ordinal);

    /// <summary>vpc-… from a VPC id or ARN (arn:aws:ec2:REGION:ACCOUNT:vpc/vpc-…).</summary>
    public static string VpcId(string vpcIdOrArn) => vpcIdOrArn[(vpcIdOrArn.LastIndexOf('/') + 1)..];
}
