using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>ECS answers, errors and event details checked against botocore's ECS model.</summary>
public class EcsModelConformanceTests
{
    /// <summary>AWS common errors (CommonErrors in the ECS API reference), which service models do not list.</summary>
    private static readonly HashSet<string> CommonErrors =
        ["ThrottlingException", "MissingAuthenticationTokenException", "IncompleteSignatureException", "UnknownOperationException", "SerializationException"];

    public static TheoryData<string, string> Calls => new()
    {
        { "DescribeTasks", "{\"cluster\":\"win-prod\",\"tasks\":[\"TASK0\",\"TASK1\",\"STOPPED\",\"ffffffffffffffffffffffffffffffff\"]}" },
        { "ListTasks", """{"cluster":"win-prod","maxResults":1}""" },
        { "ListClusters", "{}" },
        { "DescribeClusters", """{"clusters":["win-prod","gone"],"include":["SETTINGS","STATISTICS"]}""" },
        { "ListServices", """{"cluster":"win-prod","maxResults":1}""" },
        { "ListContainerInstances", """{"cluster":"win-prod","status":"ACTIVE"}""" },
        { "DescribeTaskDefinition", """{"taskDefinition":"iis-webserver"}""" },
        { "DescribeTaskDefinition", """{"taskDefinition":"log-router:1"}""" },
        { "DescribeContainerInstances", $$"""{"cluster":"win-prod","containerInstances":["{{ScenarioIds.ContainerInstanceA}}","{{ScenarioIds.LinuxContainerInstance}}","gone"]}""" },
        { "DescribeServices", """{"cluster":"win-prod","services":["iis-webserver","log-router","gone"]}""" },
        { "UpdateService", """{"cluster":"win-prod","service":"iis-webserver","forceNewDeployment":true}""" },
        { "StopTask", """{"cluster":"win-prod","task":"TASK0","reason":"conformance"}""" },
        { "RunTask", """{"cluster":"win-prod","taskDefinition":"log-router","count":3,"networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718"],"securityGroups":["sg-0cc33dd44ee55ff66"]}}}""" },
        { "RegisterTaskDefinition", """{"family":"probe","networkMode":"awsvpc","containerDefinitions":[{"name":"c","image":"i"}],"runtimePlatform":{"operatingSystemFamily":"WINDOWS_SERVER_2022_CORE","cpuArchitecture":"X86_64"}}""" },
    };

    public static TheoryData<string, string, string> Errors => new()
    {
        { "DescribeTasks", """{"cluster":"nope","tasks":["x"]}""", "ClusterNotFoundException" },
        { "DescribeTasks", """{"cluster":"win-prod","tasks":[]}""", "InvalidParameterException" },
        { "ListTasks", """{"cluster":"win-prod","serviceName":"nope"}""", "ServiceNotFoundException" },
        { "ListServices", """{"cluster":"nope"}""", "ClusterNotFoundException" },
        { "ListContainerInstances", """{"cluster":"win-prod","filter":"attribute:ecs.os-type == windows"}""", "InvalidParameterException" },
        { "ListClusters", """{"maxResults":0}""", "InvalidParameterException" },
        { "StopTask", """{"cluster":"win-prod","task":"nope"}""", "InvalidParameterException" },
        { "UpdateService", """{"cluster":"win-prod","service":"nope"}""", "ServiceNotFoundException" },
        { "DescribeTaskDefinition", """{"taskDefinition":"nope"}""", "ClientException" },
        { "RunTask", """{"cluster":"win-prod","taskDefinition":"iis-webserver"}""", "InvalidParameterException" },
    };

    [BotocoreTheory]
    [MemberData(nameof(Calls))]
    public async Task Answer_EveryMember_IsInTheOutputShape(string operation, string request)
    {
        var model = new ShapeModel(BotocoreModels.Load("ecs"));
        await using var host = await TestSandbox.StartAsync("linux-task", LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        await StopOneTaskAsync(host, wire);

        var (status, body) = await wire.EcsAsync(operation, Resolve(host, request));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        ShapeAssert.NoProblems(JsonShapeWalker.Problems(model, model.OutputShape(operation)!, body));
    }

    [BotocoreTheory]
    [MemberData(nameof(Errors))]
    public async Task Error_Code_DeclaredByTheOperation(string operation, string request, string expected)
    {
        using var document = BotocoreModels.Load("ecs");
        var declared = document.RootElement.GetProperty("operations").GetProperty(operation).GetProperty("errors")
            .EnumerateArray().Select(e => e.GetProperty("shape").GetString()).ToList();
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync(operation, request);

        Assert.Equal(expected, body.GetProperty("__type").GetString());
        Assert.Contains(expected, declared);
    }

    [BotocoreFact]
    public void CommonErrors_NotInTheModel_SoTheyAreListedHere()
    {
        var model = new ShapeModel(BotocoreModels.Load("ecs"));

        Assert.Empty(CommonErrors.Intersect(model.ErrorCodes()));
    }

    [BotocoreFact]
    public async Task EventDetail_EveryMember_IsATaskMemberOrUpdatedAt()
    {
        var model = new ShapeModel(BotocoreModels.Load("ecs"));
        await using var host = await TestSandbox.StartAsync("eni-exhausted");
        using var wire = new WireCalls(host);
        await StopOneTaskAsync(host, wire);
        var eventOnlyMembers = new HashSet<string> { "Task.updatedAt" };

        foreach (var e in host.Admin.Events())
        {
            using var json = JsonDocument.Parse(e.Json);
            var detail = json.RootElement.GetProperty("detail");
            var problems = JsonShapeWalker.Problems(model, "Task", ToEpochTimes(detail), eventOnlyMembers);
            ShapeAssert.NoProblems(problems);
        }
    }

    private static async Task StopOneTaskAsync(SandboxHost host, WireCalls wire)
    {
        var arn = host.State.Read(w => w.Tasks.Values.Last(t => t.ServiceName == ScenarioIds.ServiceName).Arn);
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");
        host.Admin.Settle();
    }

    private static string Resolve(SandboxHost host, string request) =>
        host.State.Read(w =>
        {
            var running = w.Tasks.Values.Where(t => t.LastStatus == TaskStatuses.Running).ToList();
            return request.Replace("TASK0", running[0].Arn, StringComparison.Ordinal)
                .Replace("TASK1", running[1].Id, StringComparison.Ordinal)
                .Replace("\"STOPPED\"", $"\"{w.Tasks.Values.First(t => t.IsStopped).Arn}\"", StringComparison.Ordinal);
        });

    /// <summary>Events carry ISO strings where the API has epoch numbers (docs/FACTS.md §1.1); swap them to check the rest.</summary>
    private static JsonElement ToEpochTimes(JsonElement detail)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(detail.GetRawText())!.AsObject();
        foreach (var name in node.Select(p => p.Key).Where(k => k.EndsWith("At", StringComparison.Ordinal)).ToList())
        {
            Assert.True(DateTimeOffset.TryParse(node[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var time), name);
            node[name] = time.ToUnixTimeSeconds();
        }

        return JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
    }
}
