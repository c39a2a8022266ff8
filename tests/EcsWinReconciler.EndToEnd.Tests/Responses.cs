using System.Text.Json;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>Reads the functions' JSON responses (counts only; see the Lambda's FunctionResponse).</summary>
internal static class Responses
{
    public static string Status(this JsonElement response) => response.GetProperty("status").GetString()!;

    public static int Count(this JsonElement response, string name) => response.GetProperty(name).GetInt32();
}
