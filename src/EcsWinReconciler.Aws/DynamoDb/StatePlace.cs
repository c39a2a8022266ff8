using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Whose state an item of the State table is: the hub's own account and region (<see cref="Home"/>, the keys a single-account
/// deployment has always written) or one member's. A member's alerts, ledger, claims, budget, cursor, re-check markers and
/// by-cluster partitions carry its account and region in their keys, so two members' <c>win-prod</c> clusters, <c>sg-…</c> ids
/// or alert keys never meet, and a member's alert sweep sees only that member's alerts. Task statuses are keyed by task ARN,
/// which already names both.
/// </summary>
public sealed record StatePlace
{
    private StatePlace(AccountRegion? member) => Member = member;

    public static StatePlace Home { get; } = new((AccountRegion?)null);

    /// <summary>The member account and region; null for the hub's own.</summary>
    public AccountRegion? Member { get; }

    public static StatePlace Of(AccountRegion member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new StatePlace(member);
    }

    /// <summary>Put before a key inside a key: <c>444455556666/eu-west-1#</c>; empty for the hub's own.</summary>
    public string KeyPrefix => Member is null ? string.Empty : $"{Member.Account}/{Member.Region}#";

    /// <summary>Put after a shared partition's name: <c>#444455556666/eu-west-1</c>; empty for the hub's own.</summary>
    public string PartitionSuffix => Member is null ? string.Empty : $"#{Member.Account}/{Member.Region}";

    public override string ToString() => Member?.ToString() ?? "home";
}
