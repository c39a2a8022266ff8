using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Encodes and decodes a status's <see cref="TaskFacts"/> as one map attribute (<c>facts</c>), about 300 bytes: what a
/// sweep needs to judge the task again without DescribeTasks. A status without it (written before facts were kept, or of
/// a stopped task) decodes with none, and the task is described.
/// </summary>
internal static class FactsItem
{
    public const string Attribute = "facts";

    public static void AddTo(Dictionary<string, AttributeValue> item, TaskFacts? facts)
    {
        if (facts is null)
        {
            return;
        }

        var map = new Dictionary<string, AttributeValue> { ["taskDefinitionArn"] = Attr.S(facts.TaskDefinitionArn) }
            .With("group", facts.Group)
            .With("startedBy", facts.StartedBy)
            .With("containerInstanceArn", facts.ContainerInstanceArn)
            .With("launchType", facts.LaunchType);
        if (facts.Eni is { } eni)
        {
            map["eni"] = Attr.Map(new Dictionary<string, AttributeValue>
            {
                ["id"] = Attr.S(eni.Id),
                ["details"] = Attr.Map(eni.Details.ToDictionary(d => d.Key, d => Attr.S(d.Value), StringComparer.Ordinal)),
            }.With("status", eni.Status));
        }

        item[Attribute] = Attr.Map(map);
    }

    public static TaskFacts? Read(ItemReader item) =>
        item.OptionalMap(Attribute) is { } facts
            ? new TaskFacts(
                facts.String("taskDefinitionArn"), facts.OptionalString("group"), facts.OptionalString("startedBy"),
                facts.OptionalString("containerInstanceArn"), facts.OptionalString("launchType"),
                facts.OptionalMap("eni") is { } eni ? TaskFacts.KeptAttachment(eni.String("id"), eni.OptionalString("status"), eni.StringMap("details")) : null)
            : null;
}
