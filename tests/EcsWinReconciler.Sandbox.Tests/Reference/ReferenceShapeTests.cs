using System.Text.Json;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Reference;

/// <summary>
/// Real AWS bodies (../shared/reference) as witnesses: the element and member names they use are the names the
/// sandbox uses. Only names are compared — the samples' values belong to other accounts.
/// </summary>
public class ReferenceShapeTests
{
    [ReferenceFact]
    public async Task DescribeNetworkInterfaces_ItemNames_CoverTheRealSample()
    {
        var sample = XElement.Load(RepositoryPaths.Reference("responses", "ec2-xml", "describe_network_interfaces.xml"));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, ours) = await wire.Ec2Async(("Action", "DescribeNetworkInterfaces"));

        // The sample's ENIs have public IPs ("association"); the sandbox's never do (no public IP on EC2 awsvpc).
        Assert.Subset(ItemNames(ours, "networkInterfaceSet"), ItemNames(sample, "networkInterfaceSet").Except(["association"]).ToHashSet());
        Assert.Subset(ChildNames(ours, "attachment"), ChildNames(sample, "attachment"));
    }

    [ReferenceFact]
    public async Task DescribeSecurityGroups_ItemAndPermissionNames_CoverTheRealSample()
    {
        var sample = XElement.Load(RepositoryPaths.Reference("responses", "ec2-xml", "describe_security_groups.xml"));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, ours) = await wire.Ec2Async(("Action", "DescribeSecurityGroups"));

        Assert.Subset(ItemNames(ours, "securityGroupInfo"), ItemNames(sample, "securityGroupInfo"));
        Assert.Subset(ItemNames(ours, "ipPermissions"), ItemNames(sample, "ipPermissions"));
    }

    [ReferenceFact]
    public async Task DescribeVpcs_ItemNames_CoverTheRealSample()
    {
        var sample = XElement.Load(RepositoryPaths.Reference("responses", "ec2-xml", "describe_vpcs.xml"));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, ours) = await wire.Ec2Async(("Action", "DescribeVpcs"));

        Assert.Subset(ItemNames(ours, "vpcSet"), ItemNames(sample, "vpcSet"));
        Assert.Equal(sample.Name.Namespace, ours.Name.Namespace);
    }

    [ReferenceFact]
    public async Task DescribeTasks_TaskAndContainerMembers_CoverTheRealSample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Reference("responses", "ecs-json", "describetasks.libcloud.json")));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());

        var (_, ours) = await wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":["{{arn}}"]}""");

        Assert.Equal(Keys(sample.RootElement), Keys(ours));
        var sampleTask = sample.RootElement.GetProperty("tasks")[0];
        var ourTask = ours.GetProperty("tasks")[0];
        Assert.Subset(Keys(ourTask), Keys(sampleTask));
        Assert.Equal(sampleTask.GetProperty("createdAt").ValueKind, ourTask.GetProperty("createdAt").ValueKind);
        // networkBindings are for bridge/host mode; awsvpc tasks have networkInterfaces instead.
        Assert.Subset(Keys(ourTask.GetProperty("containers")[0]), Keys(sampleTask.GetProperty("containers")[0]).Except(["networkBindings"]).ToHashSet());
    }

    [ReferenceTheory]
    [InlineData("ecs-task-state-change-fargate-running-eni.lambda-dotnet.json", "RUNNING")]
    [InlineData("ecs-task-state-change-fargate-stopped-eni-deleted.fivexl.json", "STOPPED")]
    public async Task TaskEvent_EnvelopeAndEniAttachment_ShapedLikeRealEvents(string file, string lastStatus)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Reference("events", file)).TrimStart('\uFEFF'));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");
        using var ours = JsonDocument.Parse(host.Admin.Events().Last(e => e.TaskArn == arn && e.LastStatus == lastStatus).Json);

        Assert.Equal(Keys(sample.RootElement), Keys(ours.RootElement));
        var sampleEni = sample.RootElement.GetProperty("detail").GetProperty("attachments").EnumerateArray().First(a => a.GetProperty("type").GetString() == "eni");
        var ourEni = ours.RootElement.GetProperty("detail").GetProperty("attachments")[0];
        Assert.Equal(Keys(sampleEni), Keys(ourEni));
        Assert.Equal(sampleEni.GetProperty("status").GetString(), ourEni.GetProperty("status").GetString());
        Assert.Subset(Names(ourEni), Names(sampleEni));
        // Fargate-only members are absent from an EC2 task's event (docs/FACTS.md §1.3).
        Assert.False(ours.RootElement.GetProperty("detail").TryGetProperty("platformVersion", out _));
    }

    [ReferenceFact]
    public async Task TaskEvent_DetailMembers_CoverTheEc2Sample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Reference("events", "ecs-task-state-change-ec2-running.awsdocs.json")).TrimStart('\uFEFF'));
        await using var host = await TestSandbox.StartAsync();

        using var ours = JsonDocument.Parse(host.Admin.Events().First(e => e.LastStatus == "RUNNING").Json);

        Assert.Subset(Keys(ours.RootElement.GetProperty("detail")), Keys(sample.RootElement.GetProperty("detail")));
        Assert.Equal(ScenarioIds.ClusterName, ours.RootElement.GetProperty("detail").GetProperty("clusterArn").GetString()!.Split('/')[^1]);
    }

    private static HashSet<string> ItemNames(XElement root, string set) =>
        root.Descendants().Where(e => e.Name.LocalName == set).Elements().Elements().Select(e => e.Name.LocalName).ToHashSet();

    private static HashSet<string> ChildNames(XElement root, string element) =>
        root.Descendants().Where(e => e.Name.LocalName == element).Elements().Select(e => e.Name.LocalName).ToHashSet();

    private static HashSet<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToHashSet();

    private static HashSet<string> Names(JsonElement attachment) =>
        attachment.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToHashSet();
}
