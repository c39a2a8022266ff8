using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Issue 8, security review of template.yaml beyond IAM (TemplatePolicyTests): every store of data is encrypted at rest
/// and reachable over TLS only, keys rotate, logs expire, and no function setting looks like a secret. Written over
/// every resource of each type, so a queue or topic added later is held to the same rules.
/// </summary>
public sealed class TemplateDataProtectionTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Fact]
    public void Tables_AllEncryptedWithPointInTimeRecovery()
    {
        var tables = _template.OfType("AWS::DynamoDB::Table").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.True(t.Resource["Properties"]!["SSESpecification"]?["SSEEnabled"]?.GetValue<bool>() == true, t.Id));
        Assert.All(tables, t => Assert.True(t.Resource["Properties"]!["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]?.GetValue<bool>() == true, t.Id));
    }

    [Fact]
    public void TopicsAndQueues_AllEncryptedAndDenyingPlainHttp()
    {
        var topics = _template.OfType("AWS::SNS::Topic").ToList();
        var queues = _template.OfType("AWS::SQS::Queue").ToList();

        Assert.All(topics, t => Assert.NotNull(t.Resource["Properties"]!["KmsMasterKeyId"]));
        Assert.All(queues, q => Assert.True(q.Resource["Properties"]!["SqsManagedSseEnabled"]?.GetValue<bool>() == true || q.Resource["Properties"]!["KmsMasterKeyId"] is not null, q.Id));
        Assert.All(topics, t => Assert.True(DeniesPlainHttp("AWS::SNS::TopicPolicy", "Topics", t.Id), $"{t.Id} accepts publishes over plain HTTP"));
        Assert.All(queues, q => Assert.True(DeniesPlainHttp("AWS::SQS::QueuePolicy", "Queues", q.Id), $"{q.Id} accepts requests over plain HTTP"));
    }

    [Fact]
    public void KmsKeys_AllRotate()
    {
        Assert.All(_template.OfType("AWS::KMS::Key"), k => Assert.True(k.Resource["Properties"]!["EnableKeyRotation"]?.GetValue<bool>() == true, k.Id));
    }

    [Fact]
    public void Functions_EachLogsToItsOwnGroupThatExpires()
    {
        var functions = _template.OfType("AWS::Serverless::Function").ToList();
        var groups = functions.Select(f => TemplateDocument.RefName(f.Resource["Properties"]!["LoggingConfig"]?["LogGroup"])).ToList();

        Assert.All(groups, Assert.NotNull);
        Assert.Equal(groups.Count, groups.Distinct().Count());
        Assert.All(_template.OfType("AWS::Logs::LogGroup"), g => Assert.NotNull(g.Resource["Properties"]!["RetentionInDays"]));
    }

    /// <summary>Issue 14: an operator's key encrypts every log group when given; without one, CloudWatch Logs' own encryption.</summary>
    [Fact]
    public void LogGroups_AllTakeTheOptionalKeyFromLogsKmsKeyArn()
    {
        var groups = _template.OfType("AWS::Logs::LogGroup").ToList();

        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.Equal(
            """{"Fn::If":["HasLogsKey",{"Ref":"LogsKmsKeyArn"},{"Ref":"AWS::NoValue"}]}""", g.Resource["Properties"]!["KmsKeyId"]?.ToJsonString()));
        Assert.Equal("""{"Fn::Not":[{"Fn::Equals":[{"Ref":"LogsKmsKeyArn"},""]}]}""", _template.Conditions["HasLogsKey"]!.ToJsonString());
        Assert.Equal(string.Empty, _template.Parameters["LogsKmsKeyArn"]!["Default"]!.GetValue<string>());
    }

    /// <summary>Issue 14: dead letters hold whole events (container overrides, caller identities), so they are kept only as long as a retry is useful.</summary>
    [Fact]
    public void Queues_KeepMessagesAtMostFourDays()
    {
        var queues = _template.OfType("AWS::SQS::Queue").ToList();

        Assert.NotEmpty(queues);
        Assert.All(queues, q => Assert.InRange(q.Resource["Properties"]!["MessageRetentionPeriod"]?.GetValue<long>() ?? 345600, 60, 4 * 86400));
    }

    [Fact]
    public void FunctionSettings_NoneNamedOrShapedLikeASecret()
    {
        var variables = _template.Root["Globals"]!["Function"]!["Environment"]!["Variables"]!.AsObject()
            .Concat(_template.OfType("AWS::Serverless::Function").SelectMany(f => f.Resource["Properties"]!["Environment"]?["Variables"]?.AsObject() ?? []))
            .ToList();

        Assert.NotEmpty(variables);
        Assert.DoesNotContain(variables, v => new[] { "KEY", "SECRET", "TOKEN", "PASSWORD", "CREDENTIAL" }.Any(w => v.Key.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.All(variables, v => Assert.True(v.Value is JsonObject, $"{v.Key} is a literal; settings come from parameters and resources"));
    }

    private bool DeniesPlainHttp(string policyType, string targets, string resourceId) =>
        _template.OfType(policyType)
            .Where(p => p.Resource["Properties"]![targets]!.AsArray().Any(t => TemplateDocument.RefName(t) == resourceId))
            .SelectMany(p => p.Resource["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray())
            .Any(s => s!["Effect"]!.GetValue<string>() == "Deny" && s["Condition"]?["Bool"]?["aws:SecureTransport"]?.GetValue<string>() == "false");
}
