using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Cli.Places;

/// <summary>
/// <c>--account</c> and <c>--task-region</c>: which of the hub's places (its own account and region, and each member account and
/// region its specs select) a command looks at. Not <c>--region</c>: that stays the region ewr calls AWS in, where the hub's tables are.
/// </summary>
internal sealed partial class PlaceOptions
{
    public PlaceOptions(string what)
    {
        Account = new Option<string?>("--account")
        {
            Description = $"Only {what} in this AWS account (12 digits): the hub's own or a member its specs select with selector.account.",
            HelpName = "ACCOUNT",
            CustomParser = result => Parse(result, "--account", IsAccount, "an AWS account id: give its 12 digits, e.g. --account 444455556666"),
        };
        Region = new Option<string?>("--task-region")
        {
            Description = $"Only {what} in this region (selector.region; --region stays the region of the hub's tables).",
            HelpName = "REGION",
            CustomParser = result => Parse(result, "--task-region", IsRegion, "an AWS region code: give one like --task-region eu-west-1"),
        };
    }

    public Option<string?> Account { get; }

    public Option<string?> Region { get; }

    public void AddTo(Command command)
    {
        command.Add(Account);
        command.Add(Region);
    }

    public PlaceFilter Read(ParseResult parse) => new(parse.GetValue(Account), parse.GetValue(Region));

    public static bool IsAccount(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);

    public static bool IsRegion(string text) => RegionCode().IsMatch(text);

    private static string? Parse(ArgumentResult result, string name, Func<string, bool> valid, string expected)
    {
        var text = result.Tokens.Single().Value;
        if (valid(text))
        {
            return text;
        }

        result.AddError($"{name} '{text}' is not {expected}");
        return null;
    }

    // us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, ap-southeast-5.
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionCode();
}
