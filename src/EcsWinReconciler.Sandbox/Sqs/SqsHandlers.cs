using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Sqs;

/// <summary>
/// SendMessage, ReceiveMessage, DeleteMessage, CreateQueue, GetQueueUrl (shapes from botocore sqs/2012-11-05). Bodies carry
/// their MD5 (the SDKs check it). Receiving takes visible messages oldest first and hides them for the visibility timeout
/// (default 30 s); deleting needs the last receipt handle. Time is the world's clock, so a test's virtual time moves delays.
/// </summary>
internal static class SqsHandlers
{
    private const int MaxDelaySeconds = 900;
    private const int DefaultVisibilitySeconds = 30;

    public static JsonObject SendMessage(JsonElement request, SandboxWorld world)
    {
        var queue = Queue(request, world);
        var body = Required(request, "MessageBody");
        var delay = Int(request, "DelaySeconds") ?? 0;
        if (delay is < 0 or > MaxDelaySeconds)
        {
            throw new ApiException("InvalidParameterValue", $"Value {delay} for parameter DelaySeconds is invalid. Reason: must be between 0 and {MaxDelaySeconds}, if provided.");
        }

        var id = MessageId(queue, ++queue.Sent);
        queue.Messages.Add(new SqsMessage(id, body, world.Now, world.Now.AddSeconds(delay)));
        return new JsonObject { ["MessageId"] = id, ["MD5OfMessageBody"] = Md5(body) };
    }

    public static JsonObject ReceiveMessage(JsonElement request, SandboxWorld world)
    {
        var queue = Queue(request, world);
        var max = Int(request, "MaxNumberOfMessages") ?? 1;
        if (max is < 1 or > 10)
        {
            throw new ApiException("InvalidParameterValue", $"Value {max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
        }

        var visibility = TimeSpan.FromSeconds(Int(request, "VisibilityTimeout") ?? DefaultVisibilitySeconds);
        var messages = new JsonArray();
        foreach (var message in queue.Messages.Where(m => m.VisibleAt <= world.Now).Take(max).ToList())
        {
            message.ReceiveCount++;
            message.VisibleAt = world.Now + visibility;
            message.ReceiptHandle = $"{message.MessageId}#{message.ReceiveCount}";
            messages.Add((JsonNode)new JsonObject
            {
                ["MessageId"] = message.MessageId,
                ["ReceiptHandle"] = message.ReceiptHandle,
                ["MD5OfBody"] = Md5(message.Body),
                ["Body"] = message.Body,
                ["Attributes"] = new JsonObject
                {
                    ["ApproximateReceiveCount"] = message.ReceiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["SentTimestamp"] = message.SentAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            });
        }

        return messages.Count == 0 ? [] : new JsonObject { ["Messages"] = messages };
    }

    public static JsonObject DeleteMessage(JsonElement request, SandboxWorld world)
    {
        var queue = Queue(request, world);
        var handle = Required(request, "ReceiptHandle");
        var message = queue.Messages.FirstOrDefault(m => m.ReceiptHandle == handle)
                      ?? throw new ApiException("ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");
        queue.Messages.Remove(message);
        return [];
    }

    public static JsonObject CreateQueue(JsonElement request, SandboxWorld world)
    {
        var name = Required(request, "QueueName");
        if (!world.Queues.TryGetValue(name, out var queue))
        {
            queue = new SqsQueue(name, UrlOf(world, name));
            world.Queues.Add(name, queue);
        }

        return new JsonObject { ["QueueUrl"] = queue.Url };
    }

    public static JsonObject GetQueueUrl(JsonElement request, SandboxWorld world)
    {
        var name = Required(request, "QueueName");
        return world.Queues.TryGetValue(name, out var queue) ? new JsonObject { ["QueueUrl"] = queue.Url } : throw NoQueue(name);
    }

    /// <summary>The URL SQS gives a queue of the world's account and region (requests may name any host: the name decides).</summary>
    public static string UrlOf(SandboxWorld world, string name) => $"https://sqs.{world.Region}.amazonaws.com/{world.AccountId}/{name}";

    private static SqsQueue Queue(JsonElement request, SandboxWorld world)
    {
        var url = Required(request, "QueueUrl");
        var name = url.TrimEnd('/')[(url.TrimEnd('/').LastIndexOf('/') + 1)..];
        return world.Queues.TryGetValue(name, out var queue) ? queue : throw NoQueue(name);
    }

    private static ApiException NoQueue(string name) =>
        new("QueueDoesNotExist", $"The specified queue {name} does not exist.");

    private static string Required(JsonElement request, string member) =>
        request.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ApiException("MissingParameter", $"The request must contain the parameter {member}.");

    private static int? Int(JsonElement request, string member) =>
        request.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>A UUID-shaped id numbered within its queue (a queue's messages are told apart by it; queues never share one).</summary>
    private static string MessageId(SqsQueue queue, long n) => $"{queue.Name.Length:D8}-5a5a-4000-8000-{n:D12}";

    private static string Md5(string body) =>
#pragma warning disable CA5351 // SQS's own digest of a message body, not a security use.
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)));
#pragma warning restore CA5351
}
