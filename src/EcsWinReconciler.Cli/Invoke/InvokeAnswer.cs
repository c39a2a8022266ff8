using System.Text.Json;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Invoke;

/// <summary>The function's JSON answer (status, reason, counts), as the function returned it, and what it means for the exit code.</summary>
internal sealed record InvokeAnswer(string Json, JsonElement Root)
{
    public static InvokeAnswer Parse(byte[] response)
    {
        using var document = JsonDocument.Parse(response);
        return new InvokeAnswer(JsonSerializer.Serialize(document.RootElement, CliJson.Default.JsonElement), document.RootElement.Clone());
    }

    public string Status => Text("status") ?? "unknown";

    public bool Rejected => Status == "rejected";

    /// <summary>What the function said was wrong with the event it rejected.</summary>
    public string Reason => Text("reason") ?? "malformed event";

    /// <summary>2 when the function rejected the event (it answers success to Lambda, but here the file is wrong), 1 when tasks failed.</summary>
    public int ExitCode => Rejected
        ? ExitCodes.Usage
        : Root.TryGetProperty("failed", out var failed) && failed.GetInt32() > 0 ? ExitCodes.Findings : ExitCodes.Ok;

    private string? Text(string name) =>
        Root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
