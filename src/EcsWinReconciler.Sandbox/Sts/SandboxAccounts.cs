using System.Globalization;

namespace EcsWinReconciler.Sandbox.Sts;

/// <summary>
/// The accounts behind the one endpoint: the hub (<see cref="Hosting.SandboxAccount.AccountId"/>), whose callers sign
/// with any long-term key, and members, reached by assuming a role in them with STS. A call's account is told by the
/// access key it is signed with: a session key STS issued belongs to the member it was assumed in, any other key to the
/// hub. The call log records both, so a test can see which credentials made each call.
/// </summary>
/// <remarks>
/// The account a key acts in also picks the world that answers its call, with the region of its credential scope
/// (<see cref="Hosting.SandboxHost.World"/>): a member's session sees the member's EC2 and ECS, the hub's keys the hub's.
/// A member role trusts the hub account (as member.yaml's trust policy does) and requires its external id.
/// </remarks>
public sealed class SandboxAccounts(string hubAccountId, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemberRole?> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AssumedSession> _sessions = new(StringComparer.Ordinal);

    public string HubAccountId { get; } = hubAccountId;

    /// <summary>Adds a member account with the role the hub assumes (member.yaml deployed in it).</summary>
    public void AddMember(string accountId, string roleName, string externalId)
    {
        lock (_gate)
        {
            _members[accountId] = new MemberRole(roleName, externalId);
        }
    }

    /// <summary>Adds a member account whose stack was never deployed: assuming any role in it is denied.</summary>
    public void AddMemberWithoutRole(string accountId)
    {
        lock (_gate)
        {
            _members[accountId] = null;
        }
    }

    /// <summary>The account a call signed with <paramref name="accessKeyId"/> is made in.</summary>
    public string AccountOf(string? accessKeyId) => SessionOf(accessKeyId)?.Account ?? HubAccountId;

    /// <summary>The assumed-role session <paramref name="accessKeyId"/> belongs to; null for the hub's long-term keys.</summary>
    public AssumedSession? SessionOf(string? accessKeyId)
    {
        lock (_gate)
        {
            return accessKeyId is not null && _sessions.TryGetValue(accessKeyId, out var session) ? session : null;
        }
    }

    /// <summary>Every session STS issued, in order.</summary>
    public IReadOnlyList<AssumedSession> Sessions()
    {
        lock (_gate)
        {
            return [.. _sessions.Values.OrderBy(s => s.IssuedAt)];
        }
    }

    /// <summary>
    /// Whether the caller may assume <paramref name="roleArn"/>: the role exists in a member, the caller is the hub's
    /// (the trust names the hub account), and the external id matches. Denied for any reason: null, as STS gives one
    /// AccessDenied whatever failed, so a caller cannot probe which.
    /// </summary>
    internal AssumedSession? TryAssume(string callerAccessKey, string roleArn, string sessionName, string? externalId, TimeSpan duration)
    {
        var arn = RoleArn.Parse(roleArn);
        lock (_gate)
        {
            var callerAccount = _sessions.TryGetValue(callerAccessKey, out var caller) ? caller.Account : HubAccountId;
            if (arn is null || callerAccount != HubAccountId || !_members.TryGetValue(arn.Account, out var role) || role is null
                || role.Name != arn.Name || role.ExternalId != externalId)
            {
                return null;
            }

            var serial = _sessions.Count + 1;
            var accessKey = string.Create(CultureInfo.InvariantCulture, $"ASIA{arn.Account}{serial % 10000:D4}");
            var now = time.GetUtcNow();
            var session = new AssumedSession(accessKey, $"secret-{arn.Account}-{serial}", $"session-token-{arn.Account}-{serial}", arn.Account, roleArn,
                $"arn:aws:sts::{arn.Account}:assumed-role/{arn.Name}/{sessionName}", $"AROA{arn.Account}{serial:D4}:{sessionName}", now, now + duration);
            _sessions[accessKey] = session;
            return session;
        }
    }

    /// <summary>
    /// The ARN a caller is known by: its assumed-role session, or an IAM user of the hub named after the access key it signed
    /// with, so callers can be told apart (<c>ewr except add</c> records who).
    /// </summary>
    internal string CallerArn(string? accessKeyId) => SessionOf(accessKeyId)?.AssumedRoleArn ?? $"arn:aws:iam::{HubAccountId}:user/{accessKeyId ?? "anonymous"}";

    private sealed record MemberRole(string Name, string ExternalId);

    private sealed record RoleArn(string Account, string Name)
    {
        public static RoleArn? Parse(string arn)
        {
            var parts = arn.Split(':', 6);
            return parts is ["arn", _, "iam", "", { Length: 12 } account, var resource] && resource.StartsWith("role/", StringComparison.Ordinal)
                ? new RoleArn(account, resource[(resource.LastIndexOf('/') + 1)..])
                : null;
        }
    }
}
