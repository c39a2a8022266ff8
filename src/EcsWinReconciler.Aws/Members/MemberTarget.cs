namespace EcsWinReconciler.Aws.Members;

/// <summary>
/// A member account and region whose EC2 and ECS calls go through the member role (hub and member stacks, issue 15).
/// A call with no target is the hub's own, made with the function's own credentials exactly as in a single-account
/// deployment.
/// </summary>
public sealed record MemberTarget
{
    public MemberTarget(string accountId, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        AccountId = IsAccountId(accountId) ? accountId : throw new ArgumentException($"\"{accountId}\" is not a 12-digit AWS account id", nameof(accountId));
        Region = region.Trim();
    }

    public string AccountId { get; }

    public string Region { get; }

    public override string ToString() => $"{AccountId}/{Region}";

    private static bool IsAccountId(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);
}
