using System.Globalization;
using System.Text;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// The Query-protocol form of a Publish (API version 2010-03-31): <c>Action</c>, <c>Version</c>, <c>TopicArn</c>,
/// <c>Message</c>, <c>Subject</c>, <c>MessageAttributes.entry.N.Name</c> / <c>.Value.DataType</c> /
/// <c>.Value.StringValue</c> and, for FIFO topics only, <c>MessageGroupId</c> / <c>MessageDeduplicationId</c>.
/// </summary>
public static class SnsPublishForm
{
    public const string ApiVersion = "2010-03-31";
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    public static IReadOnlyList<KeyValuePair<string, string>> Fields(string topicArn, string message, string? subject, IReadOnlyList<KeyValuePair<string, string>> attributes, string? groupId, string? deduplicationId)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Action", "Publish"),
            new("Version", ApiVersion),
            new("TopicArn", topicArn),
            new("Message", message),
        };
        if (subject is not null)
        {
            fields.Add(new("Subject", subject));
        }

        for (var i = 0; i < attributes.Count; i++)
        {
            var prefix = "MessageAttributes.entry." + (i + 1).ToString(CultureInfo.InvariantCulture);
            fields.Add(new(prefix + ".Name", attributes[i].Key));
            fields.Add(new(prefix + ".Value.DataType", SnsMessageAttributes.DataType));
            fields.Add(new(prefix + ".Value.StringValue", attributes[i].Value));
        }

        if (SnsFifo.IsFifoTopic(topicArn))
        {
            fields.Add(new("MessageGroupId", SnsFifo.ToValidId(groupId ?? throw new ArgumentException("a FIFO topic needs a MessageGroupId", nameof(groupId)))));
            if (deduplicationId is not null)
            {
                fields.Add(new("MessageDeduplicationId", SnsFifo.ToValidId(deduplicationId)));
            }
        }

        return fields;
    }

    /// <summary>application/x-www-form-urlencoded, UTF-8, RFC 3986 escaping.</summary>
    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));
}
