using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>The spec's name (unique per account) and free-form labels.</summary>
public sealed record SpecMetadata(string Name, EquatableArray<KeyValuePair<string, string>> Labels, string? Description = null);
