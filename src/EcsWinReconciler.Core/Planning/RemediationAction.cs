using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// One change the actuator can make. <see cref="Key"/> identifies the change itself (not the run), so
/// concurrent reconciles that plan the same change claim the same ledger entry and only one acts.
/// </summary>
public abstract record RemediationAction
{
    public abstract string Key { get; }

    /// <summary>Lower runs first: narrowing before widening, DNS support before hostnames, task replacement last.</summary>
    public abstract int Order { get; }

    public abstract string Describe();

    /// <summary>
    /// True when the change fixes the root the moment it is applied (a rule, a VPC attribute). A service update or a task
    /// replacement only starts the repair: the drifted task keeps its ENI until ECS replaces it.
    /// </summary>
    public virtual bool FixesRootAtOnce => true;
}

/// <summary>RevokeSecurityGroupIngress by rule id: the edit reaches every ENI that uses the group.</summary>
public sealed record RevokeIngressRule(string GroupId, string RuleId, IngressPermission Permission) : RemediationAction
{
    public override string Key => $"revoke/{GroupId}/{RuleId}";

    public override int Order => 10;

    public override string Describe() => $"revoke {RuleId} ({Permission}) on {GroupId}";
}

/// <summary>AuthorizeSecurityGroupIngress of exactly a rule the spec requires.</summary>
public sealed record AuthorizeIngressRule(string GroupId, IngressPermission Permission) : RemediationAction
{
    public override string Key => $"authorize/{GroupId}/{Permission.Protocol}/{Permission.Ports}/{Permission.Source}";

    public override int Order => 20;

    public override string Describe() => $"authorize {Permission} on {GroupId}";
}

/// <summary>ModifyVpcAttribute, one attribute per call; only ever turns DNS on.</summary>
public sealed record EnableVpcAttribute(string VpcId, VpcAttribute Attribute) : RemediationAction
{
    public override string Key => $"vpc-attribute/{VpcId}/{Attribute}";

    public override int Order => Attribute == VpcAttribute.EnableDnsSupport ? 30 : 31;

    public override string Describe() => $"turn on {Attribute} on {VpcId}";
}

/// <summary>UpdateService with the spec's subnets/groups and a new deployment: new tasks get the right ENI.</summary>
public sealed record UpdateServiceNetwork(
    string ClusterArn,
    string ServiceName,
    EquatableArray<string> Subnets,
    EquatableArray<string> SecurityGroups,
    bool AssignPublicIp) : RemediationAction
{
    public override string Key => $"update-service/{ClusterArn}/{ServiceName}/{string.Join(',', Subnets)}/{string.Join(',', SecurityGroups)}/{AssignPublicIp}";

    public override int Order => 40;

    public override bool FixesRootAtOnce => false;

    public override string Describe() =>
        $"update service {ServiceName}: subnets [{string.Join(", ", Subnets)}], groups [{string.Join(", ", SecurityGroups)}], " +
        $"public IP {(AssignPublicIp ? "ENABLED" : "DISABLED")}, new deployment";
}

/// <summary>StopTask so the service starts a fresh task with a fresh ENI. Reason at most 255 characters.</summary>
public sealed record ReplaceTask(string ClusterArn, string TaskArn, string Reason) : RemediationAction
{
    public const int MaxReasonLength = 255;

    public override string Key => $"replace-task/{TaskArn}";

    public override int Order => 50;

    public override bool FixesRootAtOnce => false;

    public override string Describe() => $"stop task {TaskArn.Split('/')[^1]} so its service replaces it";

    public static ReplaceTask Create(string clusterArn, string taskArn, string reason) =>
        new(clusterArn, taskArn, reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…");
}
