using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using EcsWinReconciler.Lambda.Metrics;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>template.yaml, the Makefile and samconfig.toml agree with the code they deploy.</summary>
public sealed class TemplateConsistencyTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Fact]
    public void Functions_HandlersAreTheFourFunctionNames_OnOneAl2023Bootstrap()
    {
        var functions = _template.OfType("AWS::Serverless::Function").ToList();
        var globals = _template.Root["Globals"]!["Function"]!;

        Assert.Equal(FunctionNames.All.Order(StringComparer.Ordinal), functions.Select(f => f.Resource["Properties"]!["Handler"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("provided.al2023", globals["Runtime"]!.GetValue<string>());
        Assert.Equal("""["x86_64"]""", globals["Architectures"]!.ToJsonString());
        Assert.Equal(".", globals["CodeUri"]!.GetValue<string>());
        Assert.All(functions, f => Assert.Equal("makefile", f.Resource["Metadata"]!["BuildMethod"]!.GetValue<string>()));
    }

    [Fact]
    public void Makefile_HasABuildTargetPerFunction()
    {
        var makefile = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "Makefile"));

        Assert.All(_template.OfType("AWS::Serverless::Function"), f => Assert.Contains($"\nbuild-{f.Id}:", makefile, StringComparison.Ordinal));
        Assert.Contains("cp $(BOOTSTRAP) $(ARTIFACTS_DIR)/bootstrap", makefile, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_SetsEveryVariableTheFunctionsRead()
    {
        var variables = _template.Root["Globals"]!["Function"]!["Environment"]!["Variables"]!.AsObject().Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(EnvironmentVariables.Required.Except(variables));

        // The functions' own settings, and the .NET runtime's GC settings (read by the runtime, not by us: issue 17).
        Assert.All(variables, v => Assert.True(v.StartsWith("EWR_", StringComparison.Ordinal) || v.StartsWith("DOTNET_GC", StringComparison.Ordinal), v));
    }

    [Fact]
    public void Resync_RunsLongerThanItsStopMarginAndTheOthers()
    {
        var timeouts = _template.OfType("AWS::Serverless::Function").ToDictionary(
            f => f.Resource["Properties"]!["Handler"]!.GetValue<string>(),
            f => f.Resource["Properties"]!["Timeout"]?.GetValue<long>() ?? _template.Root["Globals"]!["Function"]!["Timeout"]!.GetValue<long>());

        Assert.True(timeouts["resync"] > timeouts.Where(t => t.Key != "resync").Max(t => t.Value));
        Assert.All(timeouts.Values, t => Assert.True(t > 20 * 2, "a timeout must leave room for the 20 s stop margin"));
    }

    [Fact]
    public void TaskStateRule_MatchesEc2WindowsAwsvpcEventsOfTheClusters()
    {
        var pattern = _template.Resource("TaskStateFunction")["Properties"]!["Events"]!["TaskStateChange"]!["Properties"]!["Pattern"]!;

        Assert.Equal($"""["{EventKinds.EcsSource}"]""", pattern["source"]!.ToJsonString());
        Assert.Equal($"""["{EventKinds.TaskStateChange}"]""", pattern["detail-type"]!.ToJsonString());
        Assert.Equal("""{"Ref":"Clusters"}""", pattern["detail"]!["clusterArn"]!.ToJsonString());
        Assert.Equal("""["EC2"]""", pattern["detail"]!["launchType"]!.ToJsonString());
        Assert.Equal("""["RUNNING","STOPPED"]""", pattern["detail"]!["lastStatus"]!.ToJsonString());
        Assert.Equal("""["eni","ElasticNetworkInterface"]""", pattern["detail"]!["attachments"]!["type"]!.ToJsonString());
    }

    [Fact]
    public void CloudTrailRule_WatchesExactlyTheCallsTheFunctionHandles_AndIsOptional()
    {
        var rule = _template.Resource("ApiChangeRule");
        var pattern = rule["Properties"]!["EventPattern"]!;

        Assert.Equal("CloudTrailRuleEnabled", rule["Condition"]!.GetValue<string>());
        Assert.Equal("CloudTrailRuleEnabled", _template.Resource("ApiChangeRulePermission")["Condition"]!.GetValue<string>());
        Assert.Equal($"""["{EventKinds.Ec2Source}"]""", pattern["source"]!.ToJsonString());
        Assert.Equal($"""["{EventKinds.CloudTrailApiCall}"]""", pattern["detail-type"]!.ToJsonString());
        Assert.Equal($"""["{EventKinds.Ec2EventSource}"]""", pattern["detail"]!["eventSource"]!.ToJsonString());
        Assert.Equal(WatchedApiCalls.All, pattern["detail"]!["eventName"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void SpecsTable_IsKeyedByNameWithAStreamOfBothImages()
    {
        var table = _template.Resource("SpecsTable")["Properties"]!;

        Assert.Equal(SpecStreamAttributes.Name, table["KeySchema"]![0]!["AttributeName"]!.GetValue<string>());
        Assert.Equal("NEW_AND_OLD_IMAGES", table["StreamSpecification"]!["StreamViewType"]!.GetValue<string>());
        Assert.Equal("PAY_PER_REQUEST", table["BillingMode"]!.GetValue<string>());
        var source = _template.Resource("SpecChangeFunction")["Properties"]!["Events"]!["SpecsStream"]!["Properties"]!;
        Assert.Equal("""{"Fn::GetAtt":["SpecsTable","StreamArn"]}""", source["Stream"]!.ToJsonString());
        Assert.True(source["BisectBatchOnFunctionError"]!.GetValue<bool>());
        Assert.Equal("""{"Fn::GetAtt":["DeadLetterQueue","Arn"]}""", source["DestinationConfig"]!["OnFailure"]!["Destination"]!.ToJsonString());
    }

    [Fact]
    public void StateTable_MirrorsTheStoreLayout()
    {
        // Mirrors EcsWinReconciler.Aws.DynamoDb.StateTable (branch aws-dynamo): pk/sk, TTL "ttl", GSIs byCluster and alerts.
        var table = _template.Resource("StateTable")["Properties"]!;

        Assert.Equal("pk,sk", string.Join(",", table["KeySchema"]!.AsArray().Select(k => k!["AttributeName"]!.GetValue<string>())));
        Assert.Equal("ttl", table["TimeToLiveSpecification"]!["AttributeName"]!.GetValue<string>());
        var indexes = table["GlobalSecondaryIndexes"]!.AsArray().ToDictionary(
            i => i!["IndexName"]!.GetValue<string>(),
            i => string.Join(",", i!["KeySchema"]!.AsArray().Select(k => k!["AttributeName"]!.GetValue<string>())));
        Assert.Equal(new Dictionary<string, string> { ["byCluster"] = "byClusterPk,byClusterSk", ["alerts"] = "alertsPk,alertsSk" }, indexes);
        Assert.All(table["GlobalSecondaryIndexes"]!.AsArray(), i => Assert.Equal("ALL", i!["Projection"]!["ProjectionType"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("SpecsTable")]
    [InlineData("StateTable")]
    public void Tables_AreEncryptedWithPointInTimeRecoveryAndRetained(string table)
    {
        var resource = _template.Resource(table);

        Assert.True(resource["Properties"]!["SSESpecification"]!["SSEEnabled"]!.GetValue<bool>());
        Assert.True(resource["Properties"]!["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!.GetValue<bool>());
        Assert.Equal("Retain", resource["DeletionPolicy"]!.GetValue<string>());
    }

    [Fact]
    public void AsyncFunctions_RetryThenGiveUpIntoTheDeadLetterQueue()
    {
        foreach (var id in new[] { "TaskStateFunction", "ApiChangeFunction" })
        {
            var config = _template.Resource(id)["Properties"]!["EventInvokeConfig"]!;
            Assert.Equal("SQS", config["DestinationConfig"]!["OnFailure"]!["Type"]!.GetValue<string>());
            Assert.Equal("""{"Fn::GetAtt":["DeadLetterQueue","Arn"]}""", config["DestinationConfig"]!["OnFailure"]!["Destination"]!.ToJsonString());
            Assert.InRange(config["MaximumRetryAttempts"]!.GetValue<long>(), 0, 2);
        }
    }

    /// <summary>Issue 14: the queue keeps only what nothing else brings back; the next scheduled resync is a failed one's retry.</summary>
    [Fact]
    public void Resync_SendsNothingToTheDeadLetterQueue_ItsNextRunIsTheRetry()
    {
        var resync = _template.Resource("ResyncFunction")["Properties"]!;

        Assert.Null(resync["EventInvokeConfig"]!["DestinationConfig"]);
        Assert.Equal(0, resync["EventInvokeConfig"]!["MaximumRetryAttempts"]!.GetValue<long>());
        Assert.Null(resync["Events"]!["Schedule"]!["Properties"]!["DeadLetterConfig"]);
        Assert.DoesNotContain("DeadLetterQueue", _template.Resource("ResyncRole").ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Alarms_NotifyTheAlertTopicAndCoverErrorsThrottlesAndTheQueue()
    {
        var alarms = _template.OfType("AWS::CloudWatch::Alarm").ToList();

        Assert.All(alarms, a => Assert.Equal("""[{"Ref":"AlertTopic"}]""", a.Resource["Properties"]!["AlarmActions"]!.ToJsonString()));
        var metrics = alarms.Select(a => a.Resource["Properties"]!["MetricName"]?.GetValue<string>()).ToList();
        Assert.Equal(4, metrics.Count(m => m == "Errors"));
        Assert.Equal(4, metrics.Count(m => m == "Throttles"));
        Assert.Contains("ApproximateNumberOfMessagesVisible", metrics);
        Assert.Contains(MetricNames.TasksRemaining, metrics);
    }

    [Fact]
    public void TasksFailedAlarm_ReadsTheEmbeddedMetricOfEachFunction()
    {
        var stats = _template.Resource("TasksFailedAlarm")["Properties"]!["Metrics"]!.AsArray()
            .Select(m => m!["MetricStat"]?["Metric"]).OfType<JsonNode>().ToList();

        Assert.All(stats, s => Assert.Equal(MetricNames.Namespace, s["Namespace"]!.GetValue<string>()));
        Assert.All(stats, s => Assert.Equal(MetricNames.TasksFailed, s["MetricName"]!.GetValue<string>()));
        Assert.Equal(FunctionNames.All.Order(StringComparer.Ordinal), stats.Select(s => s["Dimensions"]![0]!["Value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(stats, s => Assert.Equal(MetricNames.FunctionDimension, s["Dimensions"]![0]!["Name"]!.GetValue<string>()));
    }

    [Fact]
    public void AlertTopic_IsEncryptedWithAKeyCloudWatchMayUse()
    {
        var topic = _template.Resource("AlertTopic")["Properties"]!;
        var key = _template.Resource("AlertTopicKey")["Properties"]!["KeyPolicy"]!["Statement"]!.AsArray();

        Assert.Equal("""{"Fn::If":["CreateTopicKey",{"Ref":"AlertTopicKey"},{"Ref":"AlertTopicKmsKeyArn"}]}""", topic["KmsMasterKeyId"]!.ToJsonString());
        Assert.Contains(key, s => s!["Principal"]?["Service"]?.GetValue<string>() == "cloudwatch.amazonaws.com");
        Assert.Equal("HasAlertEmail", _template.Resource("AlertEmailSubscription")["Condition"]!.GetValue<string>());
    }

    [Fact]
    public void Parameters_IncludeEveryKnobTheDeployGuideDocuments()
    {
        string[] expected = ["Clusters", "RemediationMode", "RemediationBudget", "RemediationWindowMinutes", "RolloutStuckMinutes", "ResyncRate", "AlertEmail", "AlertFormat", "EnableCloudTrailRule", "VpcArns", "ManagedClusterArns", "MemberAccounts", "OrganizationId", "MemberRegions", "MemberRoleName", "MemberExternalId", "AlertTopicKmsKeyArn", "LogsKmsKeyArn", "LogLevel", "LogRetentionDays", "GcGen0Budget"];
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "DEPLOY.md"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), _template.Parameters.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(expected, p => Assert.Contains($"`{p}`", guide, StringComparison.Ordinal));
    }

    [Fact]
    public void SamConfig_HasTheDeployDefaults()
    {
        var config = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "samconfig.toml"));

        Assert.Contains("stack_name = \"ecs-win-reconciler\"", config, StringComparison.Ordinal);
        Assert.Contains("capabilities = \"CAPABILITY_IAM\"", config, StringComparison.Ordinal);
        Assert.Contains("confirm_changeset = true", config, StringComparison.Ordinal);
        Assert.Contains("resolve_s3 = true", config, StringComparison.Ordinal);
        Assert.Contains("build_in_source = true", config, StringComparison.Ordinal);
    }
}
