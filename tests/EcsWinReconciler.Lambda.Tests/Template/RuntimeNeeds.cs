using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// What Lambda does with the function's role besides our code's calls, read from the function's own definition: it
/// writes the function's logs to its LoggingConfig log group, sends failed async invocations to the OnFailure
/// destination, and reads the DynamoDB stream of a stream trigger (ListStreams has no resource-level permission;
/// the AWSLambdaDynamoDBExecutionRole managed policy grants the same four), sending given-up batches to its OnFailure.
/// </summary>
internal static class RuntimeNeeds
{
    /// <summary>dynamodb:ListStreams lists every stream of the account: it has no resource-level permission.</summary>
    public static readonly IReadOnlyList<string> OnAnyResource = ["dynamodb:ListStreams"];

    /// <summary>Event types whose invocations need nothing of the function's role (EventBridge invokes through the function's resource policy).</summary>
    private static readonly HashSet<string> PushedEvents = new(StringComparer.Ordinal) { "EventBridgeRule", "Schedule", "CloudWatchEvent" };

    public static IReadOnlyList<DerivedGrant> Of(FunctionTemplate function)
    {
        var needs = new List<DerivedGrant>();
        if (function.Properties["LoggingConfig"]?["LogGroup"] is { } logGroup)
        {
            var arn = GetAttArn(TemplateDocument.RefName(logGroup)!);
            needs.Add(new(new("logs:CreateLogStream", arn, string.Empty), "its log group"));
            needs.Add(new(new("logs:PutLogEvents", arn, string.Empty), "its log group"));
        }

        needs.AddRange(OnFailure(function.Properties["EventInvokeConfig"]?["DestinationConfig"], "failed async invocations"));
        foreach (var (name, trigger) in function.Properties["Events"]?.AsObject() ?? [])
        {
            var type = trigger!["Type"]!.GetValue<string>();
            if (type == "DynamoDB")
            {
                var stream = trigger["Properties"]!["Stream"]!.ToJsonString();
                needs.AddRange(new[] { "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator" }
                    .Select(a => new DerivedGrant(new(a, stream, string.Empty), "the stream it is triggered by")));
                needs.AddRange(OnAnyResource.Select(a => new DerivedGrant(new(a, "*", string.Empty), "`*` (no resource-level permission)")));
                needs.AddRange(OnFailure(trigger["Properties"]!["DestinationConfig"], "given-up stream batches"));
            }
            else if (type == "SQS")
            {
                // Lambda's poller receives and deletes with the function's role.
                var queue = TemplateResources.Key(function, trigger["Properties"]!["Queue"]!.ToJsonString());
                needs.AddRange(new[] { "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes" }
                    .Select(a => new DerivedGrant(new(a, queue, string.Empty), "the queue it is triggered by")));
            }
            else if (!PushedEvents.Contains(type))
            {
                throw new NotSupportedException($"{function.Id}/{name}: what a {type} trigger needs of the role is not modelled here yet");
            }
        }

        return needs;
    }

    private static IEnumerable<DerivedGrant> OnFailure(JsonNode? destinationConfig, string what)
    {
        if (destinationConfig?["OnFailure"]?["Destination"] is { } destination)
        {
            yield return new(new("sqs:SendMessage", destination.ToJsonString(), string.Empty), $"the dead-letter queue ({what})");
        }
    }

    private static string GetAttArn(string logicalId) => new JsonObject { ["Fn::GetAtt"] = new JsonArray(logicalId, "Arn") }.ToJsonString();
}
