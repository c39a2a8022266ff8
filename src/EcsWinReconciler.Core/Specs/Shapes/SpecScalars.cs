using System.Globalization;
using System.Text.RegularExpressions;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The spec's own scalars: names, selectors, DNS values and durations.</summary>
internal static partial class SpecScalars
{
    private const string DnsLabel = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private const string Octet = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private const string Ipv4 = $"{Octet}\\.{Octet}\\.{Octet}\\.{Octet}";

    /// <summary>Spec names are DNS labels, like Kubernetes object names.</summary>
    public static ScalarShape<string> Name { get; } = Scalars.Text(
        "a valid name (lowercase letters, digits and '-', 1-63 characters, starting and ending with a letter or digit)",
        "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");

    public static ScalarShape<string> Cluster { get; } = Scalars.Text(
        "an ECS cluster name (letters, digits, '-' and '_', up to 255 characters)",
        AwsIds.EcsNamePattern,
        AwsIds.IsEcsName,
        value => value.StartsWith("arn:", StringComparison.Ordinal)
            ? $"{ScalarNode.Quote(value)} is an ARN; give the cluster name ({ScalarNode.Quote(AwsIds.ClusterName(value))})"
            : null);

    public static ScalarShape<string> Family { get; } = Scalars.Text(
        "a task definition family (letters, digits, '-' and '_', up to 255 characters) or \"*\" for every family of the cluster",
        $"^(\\*|{NetworkScalars.Inner(AwsIds.EcsNamePattern)})$",
        value => value == TaskSelector.AnyFamily || AwsIds.IsEcsName(value));

    /// <summary>A 12-digit AWS account id, written as text (YAML would read 012345678901 as a number and drop its zero).</summary>
    public static ScalarShape<string> AccountId { get; } = Scalars.Text(
        "a 12-digit AWS account id in quotes (e.g. \"444455556666\")",
        "^[0-9]{12}$",
        explain: value => value.StartsWith("arn:", StringComparison.Ordinal)
            ? $"{ScalarNode.Quote(value)} is an ARN; give the 12-digit account id"
            : null);

    /// <summary>An AWS region code.</summary>
    public static ScalarShape<string> Region { get; } = Scalars.Text(
        "an AWS region code (e.g. eu-west-1)",
        "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$");

    public static ScalarShape<string> LabelValue { get; } = Scalars.Text("a label value (up to 256 characters)", "^.{0,256}$");

    public static ScalarShape<string> Description { get; } = Scalars.Text("a description (up to 1024 characters)", "^[\\s\\S]{0,1024}$");

    public static ScalarShape<string> DnsServer { get; } = Scalars.Text(
        $"an IPv4 address or {DnsSpec.AmazonProvidedDns}",
        $"^({DnsSpec.AmazonProvidedDns}|{Ipv4})$",
        explain: value => string.Equals(value, DnsSpec.AmazonProvidedDns, StringComparison.OrdinalIgnoreCase) && value != DnsSpec.AmazonProvidedDns
            ? $"{ScalarNode.Quote(value)} is not an IPv4 address or {DnsSpec.AmazonProvidedDns}; did you mean \"{DnsSpec.AmazonProvidedDns}\"?"
            : null);

    /// <summary>An IPv4 address (a domain controller's).</summary>
    public static ScalarShape<string> Ipv4Address { get; } = Scalars.Text(
        "an IPv4 address (e.g. 10.0.0.10)",
        "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$");

    /// <summary>One DNS domain. A list in one value is called out: Windows would take it as a single domain.</summary>
    public static ScalarShape<string> DomainName { get; } = Scalars.Text(
        "a DNS domain name (e.g. corp.example.com)",
        $"^(?=.{{1,253}}$){DnsLabel}(\\.{DnsLabel})*$",
        explain: value => value.Trim().IndexOfAny([' ', ',', '\t']) >= 0
            ? $"{ScalarNode.Quote(value)} holds more than one domain; Windows reads a multi-value domain-name as one single domain, so give exactly one"
            : null);

    /// <summary>30m, 6h, 1d: whole minutes, hours or days, up to 30 days.</summary>
    public static ScalarShape<TimeSpan> Duration { get; } = new(
        "a duration in minutes, hours or days (e.g. 30m, 6h, 1d)",
        JsonTypes.String,
        ParseDuration,
        (writer, value) => writer.WriteStringValue(FormatDuration(value)))
    {
        Pattern = "^[1-9][0-9]{0,5}[mhd]$",
    };

    public static TimeSpan MaxDuration { get; } = TimeSpan.FromDays(30);

    /// <summary>The largest unit that divides the duration exactly: 24h is written 1d.</summary>
    public static string FormatDuration(TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Durations in specs are positive whole minutes.");
        }

        return value.Ticks % TimeSpan.TicksPerDay == 0 ? Invariant(value.Ticks / TimeSpan.TicksPerDay, 'd')
            : value.Ticks % TimeSpan.TicksPerHour == 0 ? Invariant(value.Ticks / TimeSpan.TicksPerHour, 'h')
            : Invariant(value.Ticks / TimeSpan.TicksPerMinute, 'm');
    }

    private static bool ParseDuration(ScalarNode node, out TimeSpan value, out string? problem)
    {
        value = default;
        var match = DurationText().Match(node.Value);
        if (!match.Success)
        {
            problem = $"{ScalarNode.Quote(node.Value)} is not a duration (a whole number of minutes, hours or days, e.g. 30m, 6h, 1d)";
            return false;
        }

        var amount = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        value = match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        problem = value > MaxDuration ? $"{ScalarNode.Quote(node.Value)} is longer than {FormatDuration(MaxDuration)}" : null;
        return problem is null;
    }

    private static string Invariant(long amount, char unit) => amount.ToString(CultureInfo.InvariantCulture) + unit;

    [GeneratedRegex("^([1-9][0-9]{0,5})([mhd])$")]
    private static partial Regex DurationText();
}
