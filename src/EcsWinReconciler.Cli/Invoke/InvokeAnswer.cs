using System.Text.Json;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Invoke;

/// <summary>The function's JSON answer (status, reason, counts), shown as it is or as a key/value table, and what it means for the exit code.</summary>
internal sealed record InvokeAnswer(string Json, JsonElement Root)
{
    public static InvokeAnswer Parse(byte[] response)
    {
        using var document = JsonDocument.Parse(response);
        return new InvokeAnswer(JsonSerializer.Serialize(document.RootElement, CliJson.Default.JsonElement), document.RootElement.Clone());
    }

    public string Status => Text("status") ?? "unknown";

    public Table Table()
    {
        var table = Tables.Create(["FIELD", "VALUE"], "VALUE");
        foreach (var property in Root.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
        {
            table.AddRow(new Text(property.Name), new Text(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
        }

        return table;
    }

    /// <summary>2 when the function rejected the event (it answers success to Lambda, but here the file is wrong), 1 when tasks failed.</summary>
    public int ExitCode(TextWriter error, string eventFile)
    {
        if (Status == "rejected")
        {
            ErrorReporter.Write(error, $"the function rejected {eventFile}: {Text("reason") ?? "malformed event"}",
                "give it the event it is subscribed to (events/ has one sample per function)");
            return ExitCodes.Usage;
        }

        return Root.TryGetProperty("failed", out var failed) && failed.GetInt32() > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private string? Text(string name) =>
        Root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
