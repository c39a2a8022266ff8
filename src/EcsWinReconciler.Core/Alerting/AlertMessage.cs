using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// A message ready for SNS Publish: Subject (under 100 ASCII characters, no control characters), a human body
/// with a JSON block, and String message attributes for subscription filters.
/// </summary>
public sealed record AlertMessage(string Subject, string Body, EquatableArray<KeyValuePair<string, string>> Attributes, string DeduplicationId);
