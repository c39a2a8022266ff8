namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// How alerts are published on the topic: the plain text (e-mail, SQS), the chat integration's custom-notification
/// JSON, or both, as two messages told apart by the <c>format</c> message attribute so each subscription filters its own.
/// </summary>
[Flags]
public enum AlertFormats
{
    Text = 1,
    Chat = 2,
    Both = Text | Chat,
}
