using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.SnsXml;

namespace EcsWinReconciler.Sandbox.Sns;

/// <summary>The SNS operations the sandbox answers (Query protocol, 2010-03-31): Publish, CreateTopic, ListTopics, ListSubscriptions(ByTopic).</summary>
internal static partial class SnsApi
{
    public static readonly IReadOnlyCollection<string> OperationNames = ["Publish", "CreateTopic", "ListTopics", "ListSubscriptions", "ListSubscriptionsByTopic"];

    public static ApiResponse Handle(string operation, QueryParameters parameters, SandboxState state, string requestId)
    {
        var result = operation switch
        {
            "Publish" => Publish(parameters, state),
            "CreateTopic" => CreateTopic(parameters, state),
            "ListTopics" => ListTopics(parameters, state),
            "ListSubscriptions" => SubscriptionHandlers.List(parameters, state, topicArn: null),
            "ListSubscriptionsByTopic" => SubscriptionHandlers.List(parameters, state, parameters.Required("TopicArn")),
            _ => throw new ApiException("InvalidAction", $"The action {operation} is not valid for this endpoint."),
        };
        return ApiResponse.Text(200, ApiResponse.Xml, Ec2Xml.Document(Response(operation, requestId, result)));
    }

    private static XElement?[] Publish(QueryParameters parameters, SandboxState state)
    {
        var topicArn = parameters["TopicArn"] ?? parameters["TargetArn"]
                       ?? throw new ApiException("InvalidParameter", "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
        var subject = parameters["Subject"];
        var message = parameters["Message"];
        var structure = parameters["MessageStructure"];
        var attributes = PublishRules.Attributes(parameters);
        PublishRules.CheckSubject(subject);
        PublishRules.CheckMessage(message, structure, attributes);
        return state.Write(world =>
        {
            if (!world.Topics.ContainsKey(topicArn))
            {
                throw new ApiException("NotFound", "Topic does not exist", 404);
            }

            var published = new PublishedMessage(world.Ids.Uuid(), topicArn, subject, message!, structure, attributes, world.Now);
            world.Messages.Add(published);
            world.RecordWrite("sns", "Publish", published.MessageId, subject ?? "(no subject)");
            return new[] { E("MessageId", published.MessageId) };
        });
    }

    private static XElement?[] CreateTopic(QueryParameters parameters, SandboxState state)
    {
        var name = parameters.Required("Name");
        if (!TopicName().IsMatch(name))
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: Topic Name");
        }

        return state.Write(world =>
        {
            var arn = world.SnsArn(name);
            if (!world.Topics.ContainsKey(arn))
            {
                world.Topics.Add(arn, new Topic(name, arn));
                world.RecordWrite("sns", "CreateTopic", arn, "created");
            }

            return new[] { E("TopicArn", arn) };
        });
    }

    private static XElement?[] ListTopics(QueryParameters parameters, SandboxState state) =>
        state.Read(world =>
        {
            var topics = world.Topics.Values.ToList();
            var start = parameters["NextToken"] is { } token && int.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
            var page = topics.Skip(start).Take(100).ToList();
            var next = start + page.Count < topics.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return new[] { new XElement(Ns + "Topics", page.Select(t => new XElement(Ns + "member", E("TopicArn", t.Arn)))), E("NextToken", next) };
        });

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}(\\.fifo)?$")]
    private static partial Regex TopicName();
}
