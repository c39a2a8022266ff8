using System.Text.Json;

namespace EcsWinReconciler.Cli.Tests.Support;

/// <summary>What one ewr run printed and exited with.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public JsonElement Json() => JsonDocument.Parse(Out).RootElement.Clone();

    /// <summary>stdout lines, without trailing blanks.</summary>
    public IReadOnlyList<string> OutLines => Out.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
