using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Reference;

/// <summary>Real ECS events published by others (../shared/reference/events; one starts with a UTF-8 BOM).</summary>
public sealed class ReferenceEventTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.Reference("events");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(reference data absent)");
        }

        return data;
    }

    [ReferenceTheory]
    [MemberData(nameof(Files))]
    public void Map_ReferenceEvent_MatchesTheFilesDetail(string file)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Reference("events", file));
        using var expected = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
        var detail = expected.RootElement.GetProperty("detail");

        var envelope = EventJson.Read(bytes, EventJsonContext.Default.EventBridgeEventEcsTaskDetail, "event");
        Assert.True(envelope.IsOk, envelope.Problem);
        var task = TaskEventMapping.ToObservedTask(envelope.Value);
        Assert.True(task.IsOk, task.Problem);

        Assert.Equal(detail.GetProperty("taskArn").GetString(), task.Value.TaskArn);
        Assert.Equal(detail.GetProperty("clusterArn").GetString(), task.Value.ClusterArn);
        Assert.Equal(detail.GetProperty("version").GetInt64(), task.Value.Version);
        Assert.Equal(detail.GetProperty("lastStatus").GetString(), task.Value.LastStatus);
        var eni = detail.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().Where(a => a.GetProperty("type").GetString() == "eni")
                .SelectMany(a => a.GetProperty("details").EnumerateArray())
                .Where(d => d.GetProperty("name").GetString() == "networkInterfaceId")
                .Select(d => d.GetProperty("value").GetString())
                .FirstOrDefault()
            : null;
        Assert.Equal(eni, task.Value.EniAttachment?.NetworkInterfaceId);
    }

    [ReferenceTheory]
    [MemberData(nameof(Files))]
    public async Task Invoke_ReferenceEvent_IsReconciledAndSkippedForItsCluster(string file)
    {
        var rig = new FunctionRig(FunctionKind.TaskState);

        var response = await rig.InvokeAsync(File.ReadAllBytes(RepositoryPaths.Reference("events", file)));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Equal(0, response.GetProperty("failed").GetInt32());
        Assert.Equal(0, response.GetProperty("judged").GetInt32());
        var status = Assert.Single(await rig.Harness.Status.ListAsync(null, null, CancellationToken.None));
        Assert.Equal("no spec selects it", status.Reason);
    }
}
