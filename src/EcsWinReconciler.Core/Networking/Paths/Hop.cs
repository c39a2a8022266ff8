namespace EcsWinReconciler.Core.Networking.Paths;

/// <summary>One step of a path and what it decided: the resource (group set, ACL, route table), whether it passes, and why.</summary>
public sealed record Hop(HopKind Kind, string ResourceId, bool Passes, string Detail);

/// <summary>The steps traffic from a task ENI to a server goes through, in order.</summary>
public enum HopKind
{
    /// <summary>The VPC resolver (VPC+2): not filtered by security groups or network ACLs.</summary>
    VpcResolver,

    /// <summary>The ENI's security groups, outbound (stateful: the reply needs nothing).</summary>
    SecurityGroupEgress,

    /// <summary>The subnet's network ACL, outbound to the server's port.</summary>
    AclOutbound,

    /// <summary>The subnet's network ACL, inbound: the reply, to the task's ephemeral port (stateless).</summary>
    AclReply,

    /// <summary>The subnet's route table: a route covering the server.</summary>
    Route,
}
