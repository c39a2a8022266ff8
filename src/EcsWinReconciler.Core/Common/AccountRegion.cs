namespace EcsWinReconciler.Core.Common;

/// <summary>
/// One AWS account in one region: where a task runs and where its ENI, security groups, VPC and DHCP options live. A hub
/// watches its own (the <c>home</c>) and its members' (issue 15); everything stored about a task, an alert, an action, the
/// budget and the resync cursor belongs to one of them, so two accounts' <c>win-prod</c> clusters or <c>sg-…</c> ids never meet.
/// </summary>
public sealed record AccountRegion
{
    public AccountRegion(string account, string region)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Account = account;
        Region = region;
    }

    /// <summary>The 12-digit account id; empty when the hub does not know its own (a CLI session before it asked STS).</summary>
    public string Account { get; }

    public string Region { get; }

    /// <summary>The account and region of an ECS or EC2 ARN (<c>arn:aws:ecs:eu-west-1:444455556666:task/…</c>); null when it is no ARN.</summary>
    public static AccountRegion? OfArn(string? arn)
    {
        var parts = arn?.Split(':', 6);
        return parts is ["arn", _, _, { Length: > 0 } region, { Length: 12 } account, _] ? new AccountRegion(account, region) : null;
    }

    public override string ToString() => Account.Length == 0 ? Region : $"{Account}/{Region}";
}
