using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>Source-generated JSON for the Runtime API's own bodies (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LambdaError))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
