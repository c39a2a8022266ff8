using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>Source-generated JSON for the functions' responses.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FunctionResponse))]
internal sealed partial class FunctionJsonContext : JsonSerializerContext;
