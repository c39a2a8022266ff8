using EcsWinReconciler.TestSupport.Specimens;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class StatusItemTests
{
    [Fact]
    public void Decode_EncodedStatusWithEveryFindingField_Equal()
    {
        var status = TestStatuses.Status("t1");

        Assert.Equal(status, StatusItem.Decode(StatusItem.Encode(status, StatePlace.Home), "state"));
    }

    /// <summary>Statuses written before facts were kept (issue 17) read with none: the task is described by the next sweep.</summary>
    [Fact]
    public void Decode_StatusWrittenBeforeFactsWereKept_NoFacts()
    {
        var status = TestStatuses.Status("t1");
        var item = StatusItem.Encode(status, StatePlace.Home);
        item.Remove(FactsItem.Attribute);

        Assert.Equal(status with { Facts = null }, StatusItem.Decode(item, "state"));
    }

    /// <summary>Statuses written before decisions were typed keep only their words: read as recorded, linked to no alert.</summary>
    [Fact]
    public void Decode_StatusOfThePreviousVersionWithOnlyHandling_FindingsRecordedWithThoseWordsAndNoAlert()
    {
        var status = TestStatuses.Status("t1");
        var item = StatusItem.Encode(status, StatePlace.Home);
        foreach (var finding in item["findings"].L.Select(f => f.M))
        {
            finding["handling"] = new AttributeValue { S = "alert (critical >= high)" };
            foreach (var added in new[] { "decision", "reason", "action", "root", "alertKey" })
            {
                finding.Remove(added);
            }
        }

        var decoded = StatusItem.Decode(item, "state");

        Assert.Equal(
            status with { Findings = [.. status.Findings.Select(f => f with { Decision = FindingDecision.Recorded("alert (critical >= high)"), Root = string.Empty, AlertKey = null })] },
            decoded);
    }
}
