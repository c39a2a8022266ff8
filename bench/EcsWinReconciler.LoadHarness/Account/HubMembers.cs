using System.Globalization;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.LoadHarness.Account;

/// <summary>
/// The member places a hub account watches (issue 15): each an account that deployed member.yaml (role
/// <see cref="TwoMembers.RoleName"/>, external id <see cref="TwoMembers.ExternalId"/>) with a world of its own in one region,
/// built from a scenario; the specs that select each place (the single account's specs with the place's account and region
/// added to every selector, and renamed); and the variables that make the functions a hub with these members.
/// </summary>
internal sealed record HubMembers(IReadOnlyList<MemberPlace> Places)
{
    /// <summary>Four member accounts, two in eu-west-1 and two in us-west-2, one place each, every world built from <paramref name="scenario"/>.</summary>
    public static HubMembers FourAccountsInTwoRegions(Func<Scenario> scenario) => new(
    [
        new("444455556666", "eu-west-1", scenario()),
        new("222233334444", "eu-west-1", scenario()),
        new("777788889999", "us-west-2", scenario()),
        new("555566667777", "us-west-2", scenario()),
    ]);

    /// <summary>Adds each member (with the role) and its world; before any call reaches the sandbox.</summary>
    public void AddTo(SandboxHost sandbox)
    {
        foreach (var place in Places)
        {
            sandbox.Accounts.AddMember(place.Account, TwoMembers.RoleName, TwoMembers.ExternalId);
            sandbox.AddWorld(place.Account, place.Region, place.Scenario);
        }
    }

    /// <summary>
    /// <paramref name="yaml"/> (specs whose selectors name a cluster and a family, in flow style) once per place: each spec renamed
    /// after the place and its selector naming the place's account and region. The hub's own specs are none.
    /// </summary>
    public IEnumerable<(string Name, string Yaml)> SpecsFor(string yaml) => Places.Select(place => (
        $"member-{place.Account}-{place.Region}.yaml",
        PlaceSelectors(yaml, place)));

    /// <summary>What a function of a hub with these members runs with (template.yaml sets the same from its parameters).</summary>
    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EWR_ACCOUNT_ID"] = SandboxAccount.AccountId,
        ["EWR_MEMBER_ACCOUNTS"] = string.Join(',', Places.Select(p => p.Account).Distinct()),
        ["EWR_MEMBER_REGIONS"] = string.Join(',', Places.Select(p => p.Region).Distinct()),
        ["EWR_MEMBER_ROLE_NAME"] = TwoMembers.RoleName,
        ["EWR_MEMBER_EXTERNAL_ID"] = TwoMembers.ExternalId,
    };

    private static string PlaceSelectors(string yaml, MemberPlace place)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("name: ", StringComparison.Ordinal) && i > 0 && lines[i - 1].TrimEnd().EndsWith("metadata:", StringComparison.Ordinal))
            {
                lines[i] = line.TrimEnd() + string.Create(CultureInfo.InvariantCulture, $"-{place.Account}-{place.Region}");
            }
            else if (line.TrimStart().StartsWith("selector: {", StringComparison.Ordinal) && line.TrimEnd().EndsWith('}'))
            {
                lines[i] = line.TrimEnd()[..^1].TrimEnd() + $", account: \"{place.Account}\", region: {place.Region} }}";
            }
        }

        return string.Join('\n', lines);
    }
}

/// <summary>A member account's world in one region.</summary>
internal sealed record MemberPlace(string Account, string Region, Scenario Scenario)
{
    public override string ToString() => $"{Account}/{Region}";
}
