using System.Text.RegularExpressions;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The ids an exception's <c>resource</c> may be for each kind of root, and whether it names a given root. Checked when the
/// spec is read, so a typo ("sg-123" for a rule, a VPC id for a service check) is an error, not an exception that never matches.
/// </summary>
public static partial class ExceptionResources
{
    /// <summary>Whether <paramref name="resource"/> has the shape of an id of a root of <paramref name="kind"/>.</summary>
    public static bool IsPlausible(string resource, RootKind kind) => kind switch
    {
        RootKind.Task => TaskArn().IsMatch(resource) || TaskId().IsMatch(resource),
        RootKind.Service => ServiceArn().IsMatch(resource) || AwsIds.IsEcsName(resource),
        RootKind.SecurityGroupRule => AwsIds.IsSecurityGroupId(resource) || RuleId().IsMatch(resource),
        RootKind.SecurityGroup => AwsIds.IsSecurityGroupId(resource) || GroupPermission().IsMatch(resource),
        RootKind.Vpc => AwsIds.IsVpcId(resource),
        RootKind.DhcpOptions => Dhcp().IsMatch(resource),
        RootKind.Host => Instance().IsMatch(resource) || ContainerInstanceArn().IsMatch(resource),
        RootKind.NetworkAcl => Acl().IsMatch(resource),
        RootKind.RouteTable => RouteTable().IsMatch(resource),
        RootKind.Subnet => AwsIds.IsSubnetId(resource),
        _ => false,
    };

    /// <summary>What an exception's resource may be for these kinds, for error messages.</summary>
    public static string Expected(IReadOnlyList<RootKind> kinds) => string.Join(" or ", kinds.Select(Expected));

    /// <summary>Whether <paramref name="resource"/> names <paramref name="root"/> (its id, or the shorter name people use).</summary>
    public static bool Names(string resource, FindingRoot root) => root.Kind switch
    {
        _ when string.Equals(resource, root.Id, StringComparison.Ordinal) => true,
        RootKind.Task => string.Equals(resource, AwsIds.TaskId(root.Id), StringComparison.Ordinal),
        RootKind.Service => string.Equals(resource, root.ShortName, StringComparison.Ordinal),
        // A group names its rules and permissions (a rule re-created under a new id stays excepted), and the sets it is in.
        RootKind.SecurityGroupRule or RootKind.SecurityGroup =>
            root.Id.StartsWith(resource + "/", StringComparison.Ordinal) || root.Id.Split('+').Contains(resource, StringComparer.Ordinal),
        _ => false,
    };

    private static string Expected(RootKind kind) => kind switch
    {
        RootKind.Task => "a task ARN or task id",
        RootKind.Service => "a service ARN or name",
        RootKind.SecurityGroupRule => "a security group id (sg-…, all its rules) or one rule (sg-…/sgr-…)",
        RootKind.SecurityGroup => "a security group id (sg-…)",
        RootKind.Vpc => "a VPC id (vpc-…)",
        RootKind.DhcpOptions => "a DHCP options id (dopt-…, or default@vpc-…)",
        RootKind.Host => "an EC2 instance id (i-…) or container instance ARN",
        RootKind.NetworkAcl => "a network ACL id (acl-…)",
        RootKind.RouteTable => "a route table id (rtb-…)",
        RootKind.Subnet => "a subnet id (subnet-…)",
        _ => kind.ToString(),
    };

    private const string Hex = "([0-9a-f]{8}|[0-9a-f]{17})";

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task/([A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+$")]
    private static partial Regex TaskArn();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TaskId();

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:service/([A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+$")]
    private static partial Regex ServiceArn();

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:container-instance/([A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+$")]
    private static partial Regex ContainerInstanceArn();

    [GeneratedRegex($"^sg-{Hex}/sgr-{Hex}$")]
    private static partial Regex RuleId();

    [GeneratedRegex($"^sg-{Hex}/.+$")]
    private static partial Regex GroupPermission();

    [GeneratedRegex($"^(dopt-{Hex}|default@vpc-{Hex})$")]
    private static partial Regex Dhcp();

    [GeneratedRegex($"^i-{Hex}$")]
    private static partial Regex Instance();

    [GeneratedRegex($"^acl-{Hex}$")]
    private static partial Regex Acl();

    [GeneratedRegex($"^rtb-{Hex}$")]
    private static partial Regex RouteTable();
}
