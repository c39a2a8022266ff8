namespace EcsWinReconciler.Sandbox.State;

/// <summary>A message accepted by SNS Publish, kept for inspection (the sandbox delivers it nowhere).</summary>
public sealed record PublishedMessage(
    string MessageId,
    string TopicArn,
    string? Subject,
    string Message,
    string? MessageStructure,
    IReadOnlyList<PublishedAttribute> Attributes,
    DateTimeOffset PublishedAt)
{
    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;
}

/// <summary>A message attribute: name, DataType (<c>String</c>, <c>String.Array</c>, <c>Number</c>, <c>Binary</c>) and value.</summary>
public sealed record PublishedAttribute(string Name, string DataType, string Value);
