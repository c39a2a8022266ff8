using System.Text.Json.Nodes;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Sqs;

/// <summary>
/// SQS's older Query protocol (form-encoded <c>Action=…</c>, XML answers), which AWS CLI 2.9 (Debian's) still speaks: the
/// parameters become the JSON request <see cref="SqsHandlers"/> reads, and its JSON answer the XML the CLI parses. Errors
/// are answered in XML here, since the pipeline's error bodies follow the JSON protocol.
/// </summary>
internal static class SqsQuery
{
    private static readonly XNamespace Ns = "http://queue.amazonaws.com/doc/2012-11-05/";

    public static ApiResponse Handle(string operation, QueryParameters query, SandboxState state, string requestId)
    {
        try
        {
            var request = new JsonObject();
            foreach (var name in new[] { "QueueUrl", "QueueName", "MessageBody", "ReceiptHandle" })
            {
                if (query[name] is { } text)
                {
                    request[name] = text;
                }
            }

            foreach (var name in new[] { "DelaySeconds", "MaxNumberOfMessages", "VisibilityTimeout", "WaitTimeSeconds" })
            {
                if (query.Int(name) is { } number)
                {
                    request[name] = number;
                }
            }

            var json = SqsApi.Handle(operation, System.Text.Encoding.UTF8.GetBytes(request.ToJsonString()), state);
            var answer = JsonNode.Parse(json.Body)!.AsObject();
            var response = new XElement(Ns + $"{operation}Response", new XElement(Ns + $"{operation}Result", Elements(answer)),
                new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", requestId)));
            return ApiResponse.Text(200, ApiResponse.Xml, Ec2Xml.Document(response));
        }
        catch (ApiException error)
        {
            return ApiResponse.Text(error.Status, ApiResponse.Xml, SnsXml.Error(error.Code, error.Message, requestId, error.Status), error.Code);
        }
    }

    /// <summary>Members as elements; a list repeats its element name in the singular (Messages → Message), a map becomes Name/Value pairs.</summary>
    private static IEnumerable<XElement> Elements(JsonObject node)
    {
        foreach (var (name, value) in node)
        {
            switch (value)
            {
                case JsonArray list:
                    foreach (var item in list.OfType<JsonObject>())
                    {
                        yield return new XElement(Ns + name.TrimEnd('s'), Elements(item));
                    }

                    break;
                case JsonObject map when name == "Attributes":
                    foreach (var (key, text) in map)
                    {
                        yield return new XElement(Ns + "Attribute", new XElement(Ns + "Name", key), new XElement(Ns + "Value", text?.ToString()));
                    }

                    break;
                default:
                    yield return new XElement(Ns + name, value?.ToString());
                    break;
            }
        }
    }
}
