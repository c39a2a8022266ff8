namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// What a command acts on, so that only the options that act appear on it (and in its help): the AWS options when it
/// calls AWS, the table options of the stack resources it touches, the output formats it can print, and
/// <c>--no-headers</c> when it prints a table.
/// </summary>
internal sealed record CommandShape(bool Aws, StackResources Stack, IReadOnlyList<string> Formats)
{
    public const string Table = "table";
    public const string Wide = "wide";
    public const string Json = "json";
    public const string Yaml = "yaml";

    /// <summary>Every format: a table (or every column with wide), JSON or YAML.</summary>
    public static IReadOnlyList<string> AllFormats { get; } = [Table, Wide, Json, Yaml];

    /// <summary>A command that needs no AWS (lint, spec validate).</summary>
    public static CommandShape Local(params string[] formats) => new(false, StackResources.None, formats);

    /// <summary>A command that calls AWS and touches <paramref name="stack"/>.</summary>
    public static CommandShape OnAws(StackResources stack, params string[] formats) => new(true, stack, formats);

    /// <summary>Commands that print tables take -o wide; they alone take --no-headers.</summary>
    public bool PrintsTables => Formats.Contains(Wide);
}
