using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// The options several commands share, declared once and attached to each command that acts on them
/// (<see cref="Attach"/>): a command that never calls AWS has no --profile, one that prints no table no --no-headers.
/// Only --verbose and --no-color are global.
/// </summary>
internal sealed class CommonOptions
{
    public static TimeSpan DefaultConnectTimeout { get; } = TimeSpan.FromSeconds(5);

    public static TimeSpan DefaultReadTimeout { get; } = TimeSpan.FromSeconds(30);

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The AWS shared-config profile (default: AWS_PROFILE, else \"default\").",
        HelpName = "NAME",
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region).",
        HelpName = "REGION",
    };

    public Option<Uri?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "Send every AWS call to this endpoint (ewr demo --keep-running, LocalStack, moto), e.g. http://127.0.0.1:4566.",
        HelpName = "URL",
        CustomParser = result => ParseEndpoint(result.Tokens.Single().Value, result),
    };

    public Option<TimeSpan> ConnectTimeout { get; } = Seconds("--connect-timeout", DefaultConnectTimeout, "How long to wait for a connection to AWS, per attempt");

    public Option<TimeSpan> ReadTimeout { get; } = Seconds("--read-timeout", DefaultReadTimeout, "How long to wait for AWS to answer a call, per attempt");

    public Option<string?> SpecsTable { get; } = new("--specs-table")
    {
        Description = "The Specs table (the stack's SpecsTableName output; default: EWR_SPECS_TABLE).",
        HelpName = "TABLE",
    };

    public Option<string?> StateTable { get; } = new("--state-table")
    {
        Description = "The State table: status, alerts, ledger, budget (the stack's StateTableName output; default: EWR_STATE_TABLE).",
        HelpName = "TABLE",
    };

    public Option<string?> AlertTopicArn { get; } = new("--topic-arn")
    {
        Description = "The SNS topic alerts go to when an alert opens or resolves (default: EWR_ALERT_TOPIC_ARN).",
        HelpName = "ARN",
    };

    public Option<bool> NoHeaders { get; } = new("--no-headers") { Description = "Print tables without their header line (for scripts)." };

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

    /// <summary>The options every command takes (declared recursive on the root).</summary>
    public IEnumerable<Option> Global => [NoColor, Verbose];

    /// <summary>Adds the options <paramref name="shape"/> says act on <paramref name="command"/>; returns its --output option, if it has one.</summary>
    public Option<string>? Attach(Command command, CommandShape shape)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (shape.Aws)
        {
            foreach (var option in new Option[] { Profile, Region, EndpointUrl, ConnectTimeout, ReadTimeout })
            {
                command.Add(option);
            }
        }

        AddIf(command, shape.Stack.HasFlag(StackResources.Specs), SpecsTable);
        AddIf(command, shape.Stack.HasFlag(StackResources.State), StateTable);
        AddIf(command, shape.Stack.HasFlag(StackResources.Topic), AlertTopicArn);
        AddIf(command, shape.PrintsTables, NoHeaders);
        if (shape.Formats.Count == 0)
        {
            return null;
        }

        var output = OutputOption(shape.Formats);
        command.Add(output);
        return output;
    }

    public CommonSettings Read(ParseResult parse, Option<string>? output) => new(
        parse.GetValue(Profile),
        parse.GetValue(Region),
        parse.GetValue(EndpointUrl),
        parse.GetValue(SpecsTable),
        parse.GetValue(StateTable),
        parse.GetValue(AlertTopicArn),
        output is null ? OutputFormat.Table : Enum.Parse<OutputFormat>(parse.GetValue(output)!, ignoreCase: true),
        parse.GetValue(NoColor),
        parse.GetValue(Verbose))
    {
        NoHeaders = parse.GetValue(NoHeaders),
        ConnectTimeout = parse.GetResult(ConnectTimeout) is null ? DefaultConnectTimeout : parse.GetValue(ConnectTimeout),
        ReadTimeout = parse.GetResult(ReadTimeout) is null ? DefaultReadTimeout : parse.GetValue(ReadTimeout),
    };

    private static void AddIf(Command command, bool condition, Option option)
    {
        if (condition)
        {
            command.Add(option);
        }
    }

    private static Option<string> OutputOption(IReadOnlyList<string> formats)
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = $"Output format: {Describe(formats)}.",
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong([.. formats]);
        return option;
    }

    private static string Describe(IReadOnlyList<string> formats) => string.Join(", ", formats.Select(f => f switch
    {
        CommandShape.Table => "table (for people, fitted to the terminal)",
        CommandShape.Wide => "wide (every column, nothing cut)",
        _ => f,
    }));

    private static Option<TimeSpan> Seconds(string name, TimeSpan fallback, string what) => new(name)
    {
        Description = $"{what}, in seconds (default: {fallback.TotalSeconds.ToString(CultureInfo.InvariantCulture)}).",
        HelpName = "SECONDS",
        CustomParser = result => ParseSeconds(name, result),
    };

    private static TimeSpan ParseSeconds(string name, ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"{name} '{text}' is not a number of seconds between 0 and 3600; give one like {name} 10");
        return TimeSpan.Zero;
    }

    private static Uri? ParseEndpoint(string text, ArgumentResult result)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--endpoint-url '{text}' is not an http(s) URL; give one like http://127.0.0.1:4566");
        return null;
    }
}
