using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// A message ready for SNS Publish: Subject (under 100 ASCII characters, no control characters), a human body
/// with a JSON block, and String message attributes for subscription filters.
/// </summary>
public sealed record AlertMessage(string Subject, string Body, EquatableArray<KeyValuePair<string, string>> Attributes, string DeduplicationId)
{
    /// <summary>
    /// The same notification in the chat integration's custom-notification format (<see cref="ChatNotificationFormatter"/>),
    /// published beside or instead of <see cref="Body"/> when the deployment asks for it; null when not rendered.
    /// </summary>
    public string? ChatBody { get; init; }
}
