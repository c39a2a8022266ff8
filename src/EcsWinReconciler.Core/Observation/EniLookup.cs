namespace EcsWinReconciler.Core.Observation;

/// <summary>What became of looking up the task's ENI.</summary>
public enum EniLookup
{
    /// <summary>DescribeNetworkInterfaces returned it.</summary>
    Found,

    /// <summary>EC2 says InvalidNetworkInterfaceID.NotFound: the ENI was deleted (normal after a stop).</summary>
    Gone,

    /// <summary>The task has an ENI attachment but no networkInterfaceId yet (early states).</summary>
    NoInterfaceId,

    /// <summary>The task carries no ENI attachment at all.</summary>
    NoAttachment,
}
