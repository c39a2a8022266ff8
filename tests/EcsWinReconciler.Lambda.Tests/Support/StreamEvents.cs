using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>Builds DynamoDB stream events on the Specs table, with images carrying canonical spec documents.</summary>
internal static class StreamEvents
{
    public static string Document(string name, string cluster, string family) =>
        new JsonObject
        {
            ["apiVersion"] = "ecswin.reconciler/v1",
            ["kind"] = "TaskNetworkSpec",
            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject() },
            ["spec"] = new JsonObject
            {
                ["selector"] = new JsonObject { ["cluster"] = cluster, ["family"] = family },
                ["platform"] = "windows",
                ["suspend"] = false,
            },
        }.ToJsonString();

    public static JsonObject Image(string name, string? document, long generation = 1)
    {
        var image = new JsonObject { ["name"] = new JsonObject { ["S"] = name }, ["generation"] = new JsonObject { ["N"] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        if (document is not null)
        {
            image["document"] = new JsonObject { ["S"] = document };
        }

        return image;
    }

    public static JsonObject Record(string eventName, string name, JsonObject? oldImage, JsonObject? newImage)
    {
        var change = new JsonObject
        {
            ["Keys"] = new JsonObject { ["name"] = new JsonObject { ["S"] = name } },
            ["SequenceNumber"] = "100000000000000000001",
            ["StreamViewType"] = "NEW_AND_OLD_IMAGES",
        };
        if (oldImage is not null)
        {
            change["OldImage"] = oldImage;
        }

        if (newImage is not null)
        {
            change["NewImage"] = newImage;
        }

        return new JsonObject
        {
            ["eventID"] = "1",
            ["eventName"] = eventName,
            ["eventSource"] = "aws:dynamodb",
            ["awsRegion"] = "us-east-1",
            ["dynamodb"] = change,
        };
    }

    public static string Batch(params JsonObject[] records) =>
        new JsonObject { ["Records"] = new JsonArray([.. records]) }.ToJsonString(new JsonSerializerOptions());
}
