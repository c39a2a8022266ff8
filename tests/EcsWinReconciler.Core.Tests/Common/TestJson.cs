using System.Text.Json.Serialization;

namespace EcsWinReconciler.Core.Tests.Common;

/// <summary>Source-generated JSON for <see cref="Numbered"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Numbered))]
internal sealed partial class TestJson : JsonSerializerContext;
