using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>The readable spec edits of a stream batch, and why the other records were rejected.</summary>
internal sealed record SpecChangeBatch(EquatableArray<SpecChange> Changes, EquatableArray<string> Problems);
