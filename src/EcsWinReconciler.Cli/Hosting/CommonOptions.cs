using System.CommandLine;
using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>The options every command accepts (as the AWS CLI's global options), declared once on the root, recursive.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The AWS shared-config profile (default: AWS_PROFILE, else \"default\").",
        HelpName = "NAME",
        Recursive = true,
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region).",
        HelpName = "REGION",
        Recursive = true,
    };

    public Option<Uri?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "Send every AWS call to this endpoint (the local sandbox, LocalStack), e.g. http://127.0.0.1:4566.",
        HelpName = "URL",
        Recursive = true,
        CustomParser = result => ParseEndpoint(result.Tokens.Single().Value, result),
    };

    public Option<string?> SpecsTable { get; } = new("--specs-table")
    {
        Description = "The Specs table (the stack's SpecsTableName output; default: EWR_SPECS_TABLE).",
        HelpName = "TABLE",
        Recursive = true,
    };

    public Option<string?> StateTable { get; } = new("--state-table")
    {
        Description = "The State table: status, alerts, ledger, budget (the stack's StateTableName output; default: EWR_STATE_TABLE).",
        HelpName = "TABLE",
        Recursive = true,
    };

    public Option<string?> AlertTopicArn { get; } = new("--topic-arn")
    {
        Description = "The SNS topic alerts go to when 'ewr reconcile' opens or resolves one (default: EWR_ALERT_TOPIC_ARN).",
        HelpName = "ARN",
        Recursive = true,
    };

    public Option<string> Output { get; } = CreateOutput();

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Never colour the output (also when NO_COLOR is set, or when output is not a terminal).",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log what the reconciler and the AWS adapters do, to stderr; show stack traces of unexpected errors.",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Profile, Region, EndpointUrl, SpecsTable, StateTable, AlertTopicArn, Output, NoColor, Verbose];

    public CommonSettings Read(ParseResult parse) => new(
        parse.GetValue(Profile),
        parse.GetValue(Region),
        parse.GetValue(EndpointUrl),
        parse.GetValue(SpecsTable),
        parse.GetValue(StateTable),
        parse.GetValue(AlertTopicArn),
        Enum.Parse<OutputFormat>(parse.GetValue(Output)!, ignoreCase: true),
        parse.GetValue(NoColor),
        parse.GetValue(Verbose));

    private static Uri? ParseEndpoint(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--endpoint-url '{text}' is not an http(s) URL; give one like http://127.0.0.1:4566");
        return null;
    }

    private static Option<string> CreateOutput()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "Output format: table (for people), json or yaml (for scripts).",
            Recursive = true,
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "yaml");
        return option;
    }
}
