using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Cli.Places;

/// <summary>Which of the hub's places a command looks at (<c>--account</c>, <c>--task-region</c>); null parts match any.</summary>
internal sealed record PlaceFilter(string? Account, string? Region)
{
    public static PlaceFilter Any { get; } = new(null, null);

    public bool IsAny => Account is null && Region is null;

    public bool Matches(AccountRegion place) =>
        (Account is null || place.Account == Account) && (Region is null || place.Region == Region);

    /// <summary>"account 444455556666, region eu-west-1", as errors name it.</summary>
    public override string ToString() => string.Join(", ", new[] { Account is null ? null : $"account {Account}", Region is null ? null : $"region {Region}" }.OfType<string>());
}
