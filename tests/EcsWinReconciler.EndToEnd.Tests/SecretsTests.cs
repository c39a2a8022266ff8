using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, security: the four functions on the real adapters, logging JSON at DEBUG, signing with session credentials,
/// fed real-looking events that carry credentials (access keys, a session token, a bearer token in an Authorization
/// header, a database password in a container override), with failures on the way so error paths log too. None of it
/// may reach the logs, the metrics, the responses, the SNS messages or the State table.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class SecretsTests(DynaliteFixture dynamo)
{
    private const string AccessKeyId = "ASIAZQ7SECRET4KEY2ID";
    private const string SecretAccessKey = "zzSECRETzzwJalrXUtnFEMI/K7MDENG/bPxRfiCYzz";
    private const string SessionToken = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIzzSECRETzzSessionToken==";
    private const string BearerToken = "eyJhbGciOiJSUzI1NiJ9.zzSECRETzzJwtPayload.c2lnbmF0dXJlzz";
    private const string DbPassword = "P@ssw0rd!zzSECRETzz-db-9f8e";

    private static readonly string[] Secrets = [AccessKeyId, SecretAccessKey, SessionToken, BearerToken, DbPassword, "zzSECRETzz"];

    [Fact]
    public async Task EveryFunction_EventsAndCredentialsCarryingSecrets_NoSecretInLogsAlertsResponsesOrState()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open+dns-hostnames-off");
        var credentials = new SessionAWSCredentials(AccessKeyId, SecretAccessKey, SessionToken);
        account.Sandbox.Faults.ServerError("sns", "Publish", times: 4, status: 500);
        account.Sandbox.Faults.Throttle("ecs", "DescribeContainerInstances", times: 4);
        var outputs = new List<string>();
        var responses = new List<string>();

        foreach (var (kind, json) in Events(account))
        {
            using var function = new LocalFunction(account, kind, DeploymentRemediationMode.Remediate, l => account.NewInstance(l, credentials));
            responses.Add((await function.InvokeAsync(json)).GetRawText());
            responses.Add((await function.InvokeAsync(json[..(json.IndexOf("zzSECRETzz", StringComparison.Ordinal) + 12)])).GetRawText());
            outputs.Add(function.Output);
            account.Time.Advance(TimeSpan.FromMinutes(3));
        }

        var logs = string.Join("\n", outputs);
        Assert.Contains("\"level\":\"ERROR\"", logs, StringComparison.Ordinal);
        Assert.Contains("\"eventId\":4000", logs, StringComparison.Ordinal);
        Assert.NotEmpty(account.Sandbox.Admin.PublishedMessages());
        var messages = account.Sandbox.Admin.PublishedMessages().Select(m => $"{m.Subject}\n{m.Message}\n{string.Join(",", m.Attributes.Select(a => $"{a.Name}={a.Value}"))}");
        var state = await ScanAsync(account, account.Tables.State);
        foreach (var (what, text) in new[] { ("logs and metrics", logs), ("responses", string.Join("\n", responses)), ("SNS messages", string.Join("\n", messages)), ("State table", state) })
        {
            Assert.All(Secrets, secret => Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{what} contain \"{secret}\""));
        }
    }

    /// <summary>Each function's event with credentials where real events can carry them; and every task's own event.</summary>
    private static IEnumerable<(FunctionKind, string)> Events(LocalAccount account)
    {
        var events = Path.Combine(TestSupport.Reference.RepositoryPaths.RepositoryRoot, "events");
        foreach (var e in account.Sandbox.Admin.Events().GroupBy(e => e.TaskArn).Select(g => g.MaxBy(e => e.Version)!))
        {
            var task = JsonNode.Parse(e.Json)!;
            task["detail"]!["overrides"] = JsonNode.Parse($$"""
                {"containerOverrides":[{"name":"iis","environment":[{"name":"DB_PASSWORD","value":"{{DbPassword}}"},{"name":"AWS_SECRET_ACCESS_KEY","value":"{{SecretAccessKey}}"},{"name":"AWS_SESSION_TOKEN","value":"{{SessionToken}}"}],
                  "command":["powershell","-c","iwr -Headers @{Authorization='Bearer {{BearerToken}}'} https://internal.example.com"]}]}
                """);
            yield return (FunctionKind.TaskState, task.ToJsonString());
        }

        var api = JsonNode.Parse(File.ReadAllText(Path.Combine(events, "api-change-authorize-rdp.json")))!;
        api["detail"]!["userIdentity"]!["accessKeyId"] = AccessKeyId;
        api["detail"]!["requestParameters"]!["ipPermissions"]!["items"]![0]!["ipRanges"]!["items"]![0]!["description"] = $"Authorization: Bearer {BearerToken}";
        api["detail"]!["additionalEventData"] = new JsonObject { ["x-amz-security-token"] = SessionToken, ["password"] = DbPassword };
        yield return (FunctionKind.ApiChange, api.ToJsonString());

        var schedule = JsonNode.Parse(File.ReadAllText(Path.Combine(events, "resync-schedule.json")))!;
        schedule["detail"] = new JsonObject { ["Authorization"] = $"AWS4-HMAC-SHA256 Credential={AccessKeyId}/20261125/us-east-1/ecs/aws4_request", ["token"] = SessionToken };
        yield return (FunctionKind.Resync, schedule.ToJsonString());

        var stream = JsonNode.Parse(File.ReadAllText(Path.Combine(events, "spec-change-modify.json")))!;
        stream["Records"]![0]!["userIdentity"] = new JsonObject { ["principalId"] = AccessKeyId, ["secret"] = SecretAccessKey, ["password"] = DbPassword };
        yield return (FunctionKind.SpecChange, stream.ToJsonString());
    }

    private static async Task<string> ScanAsync(LocalAccount account, string table)
    {
        var items = await account.Backend.DynamoDb.ScanAsync(new ScanRequest { TableName = table });
        return string.Join("\n", items.Items.SelectMany(i => i.Select(a => $"{a.Key}={a.Value.S}{a.Value.N}{string.Join(",", a.Value.L?.Select(v => v.S) ?? [])}{string.Join(",", a.Value.M?.Select(v => v.Value.S) ?? [])}")));
    }
}
