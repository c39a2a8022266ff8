using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// A hub watching two members in two regions, and one it cannot reach (issue 15): <see cref="EuWestAccount"/> in
/// eu-west-1 and <see cref="UsWestAccount"/> in us-west-2 deployed member.yaml (role <see cref="RoleName"/>, external id
/// <see cref="ExternalId"/>); <see cref="WithoutRoleAccount"/> never did, so assuming into it is denied, though its
/// world in eu-west-1 holds a fleet. Each world is the healthy fleet unless a scenario (drift, say) is given; the
/// fixed ids are the scenarios' own in every world, so one spec fits all, while ARNs, zones and invented ids differ.
/// </summary>
public static class TwoMembers
{
    /// <summary>member.yaml's default <c>MemberRoleName</c>.</summary>
    public const string RoleName = "EcsWinReconciler-member";
    public const string ExternalId = "ewr-sandbox-external-id";

    public const string EuWestAccount = "444455556666";
    public const string EuWestRegion = "eu-west-1";
    public const string UsWestAccount = "777788889999";
    public const string UsWestRegion = "us-west-2";
    public const string WithoutRoleAccount = "999900001111";
    public const string WithoutRoleRegion = "eu-west-1";

    /// <summary>The three members' accounts and regions, with and without the role.</summary>
    public static IReadOnlyList<(string Account, string Region)> Places { get; } =
        [(EuWestAccount, EuWestRegion), (UsWestAccount, UsWestRegion), (WithoutRoleAccount, WithoutRoleRegion)];

    /// <summary>Adds the three members and their worlds; call before any call reaches those worlds.</summary>
    public static MemberWorlds AddTo(SandboxHost host, Scenario? euWest = null, Scenario? usWest = null, Scenario? withoutRole = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Accounts.AddMember(EuWestAccount, RoleName, ExternalId);
        host.Accounts.AddMember(UsWestAccount, RoleName, ExternalId);
        host.Accounts.AddMemberWithoutRole(WithoutRoleAccount);
        return new MemberWorlds(
            host.AddWorld(EuWestAccount, EuWestRegion, euWest ?? ScenarioCatalog.Healthy),
            host.AddWorld(UsWestAccount, UsWestRegion, usWest ?? ScenarioCatalog.Healthy),
            host.AddWorld(WithoutRoleAccount, WithoutRoleRegion, withoutRole ?? ScenarioCatalog.Healthy));
    }
}
