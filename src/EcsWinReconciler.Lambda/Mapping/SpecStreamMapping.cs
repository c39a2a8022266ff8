using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Events.DynamoDb;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// A DynamoDB stream batch on the Specs table → spec edits. A record without a spec name or with an unknown event
/// name is rejected on its own; the rest of the batch still counts.
/// </summary>
internal static class SpecStreamMapping
{
    private static readonly string[] EventNames = [DynamoDbStreamRecord.Insert, DynamoDbStreamRecord.Modify, DynamoDbStreamRecord.Remove];

    public static Parsed<SpecChangeBatch> ToSpecChanges(DynamoDbStreamEvent stream)
    {
        if (stream.Records is not { Count: > 0 } records)
        {
            return Parsed<SpecChangeBatch>.Fail("expected a DynamoDB stream event with Records");
        }

        var changes = new List<SpecChange>();
        var problems = new List<string>();
        foreach (var (record, index) in records.Select((r, i) => (r, i)))
        {
            var change = ToChange(record);
            if (change.IsOk)
            {
                changes.Add(change.Value);
            }
            else
            {
                problems.Add($"Records[{index}]: {change.Problem}");
            }
        }

        return Parsed<SpecChangeBatch>.Ok(new SpecChangeBatch(changes.ToEquatableArray(), problems.ToEquatableArray()));
    }

    private static Parsed<SpecChange> ToChange(DynamoDbStreamRecord? record)
    {
        if (record is null)
        {
            return Parsed<SpecChange>.Fail("the record is null");
        }

        if (record.EventSource is { } source && source != EventKinds.DynamoDbEventSource)
        {
            return Parsed<SpecChange>.Fail($"eventSource is not {EventKinds.DynamoDbEventSource}");
        }

        if (record.EventName is not { } eventName || !EventNames.Contains(eventName, StringComparer.Ordinal))
        {
            return Parsed<SpecChange>.Fail("eventName is not INSERT, MODIFY or REMOVE");
        }

        var change = record.Change;
        var name = Text(change?.Keys) ?? Text(change?.NewImage) ?? Text(change?.OldImage);
        if (name is null)
        {
            return Parsed<SpecChange>.Fail($"no spec name (Keys.{SpecStreamAttributes.Name}.S)");
        }

        // INSERT has a new image, REMOVE an old one, MODIFY both; one missing (a KEYS_ONLY stream) is as bad as unreadable.
        var (oldSelector, oldUnreadable) = Selector(change?.OldImage, expected: eventName != DynamoDbStreamRecord.Insert);
        var (newSelector, newUnreadable) = Selector(change?.NewImage, expected: eventName != DynamoDbStreamRecord.Remove);
        return Parsed<SpecChange>.Ok(new SpecChange(name, eventName, oldSelector, newSelector, oldUnreadable || newUnreadable));
    }

    private static (Core.Specs.TaskSelector? Selector, bool Unreadable) Selector(IReadOnlyDictionary<string, DynamoDbValue>? image, bool expected)
    {
        if (image is null)
        {
            return (null, expected);
        }

        var selector = SpecDocumentSelector.Read(image.GetValueOrDefault(SpecStreamAttributes.Document)?.S);
        return (selector, selector is null);
    }

    private static string? Text(IReadOnlyDictionary<string, DynamoDbValue>? attributes) =>
        attributes?.GetValueOrDefault(SpecStreamAttributes.Name)?.S is { Length: > 0 } name ? name : null;
}
