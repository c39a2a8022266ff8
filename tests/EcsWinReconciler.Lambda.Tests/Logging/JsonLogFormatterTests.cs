using System.Text.Json;
using EcsWinReconciler.Lambda.Logging;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Tests.Logging;

public sealed class JsonLogFormatterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 1, 234, TimeSpan.Zero);

    [Fact]
    public void Format_Entry_IsOneJsonLineWithTheStandardFields()
    {
        var line = JsonLogFormatter.Format(Record("Reconciled task 0a1b", LogLevel.Information, new EventId(1000, "TaskReconciled")));

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2026-11-25T12:00:01.234Z", root.GetProperty("timestamp").GetString());
        Assert.Equal("INFO", root.GetProperty("level").GetString());
        Assert.Equal("Reconciled task 0a1b", root.GetProperty("message").GetString());
        Assert.Equal("test.category", root.GetProperty("category").GetString());
        Assert.Equal(1000, root.GetProperty("eventId").GetInt32());
        Assert.Equal("TaskReconciled", root.GetProperty("eventName").GetString());
    }

    [Fact]
    public void Format_RequestIdAndTaskArn_AreLiftedToTheTopLevel_OthersGoUnderProperties()
    {
        var line = JsonLogFormatter.Format(Record("m", LogLevel.Warning, default,
            ("requestId", "req-1"), ("taskArn", "arn:aws:ecs:us-east-1:111122223333:task/win-prod/abc"), ("cluster", "win-prod"), ("findings", 3), ("{OriginalFormat}", "m")));

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("req-1", root.GetProperty("requestId").GetString());
        Assert.Equal("arn:aws:ecs:us-east-1:111122223333:task/win-prod/abc", root.GetProperty("taskArn").GetString());
        var properties = root.GetProperty("properties");
        Assert.Equal("win-prod", properties.GetProperty("cluster").GetString());
        Assert.Equal(3, properties.GetProperty("findings").GetInt32());
        Assert.False(properties.TryGetProperty("requestId", out _));
        Assert.False(properties.TryGetProperty("{OriginalFormat}", out _));
        Assert.False(root.TryGetProperty("eventId", out _));
    }

    [Fact]
    public void Format_LaterPropertyOfTheSameName_Wins()
    {
        var line = JsonLogFormatter.Format(Record("m", LogLevel.Information, default, ("spec", "outer"), ("spec", "inner")));

        using var json = JsonDocument.Parse(line);
        Assert.Equal("inner", json.RootElement.GetProperty("properties").GetProperty("spec").GetString());
    }

    [Theory]
    [InlineData("SessionToken")]
    [InlineData("awsSecretAccessKey")]
    [InlineData("Authorization")]
    [InlineData("password")]
    public void Format_SecretLookingKey_IsRedacted(string key)
    {
        var line = JsonLogFormatter.Format(Record("m", LogLevel.Information, default, (key, "AKIAEXAMPLESECRETVALUE")));

        Assert.DoesNotContain("AKIAEXAMPLESECRETVALUE", line, StringComparison.Ordinal);
        Assert.Contains(LogValues.Redacted, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_LongValue_IsCut()
    {
        var line = JsonLogFormatter.Format(Record("m", LogLevel.Information, default, ("detail", new string('x', 10_000))));

        using var json = JsonDocument.Parse(line);
        var value = json.RootElement.GetProperty("properties").GetProperty("detail").GetString()!;
        Assert.True(value.Length < LogValues.MaxValueLength + 40);
        Assert.EndsWith("(+7952 chars)", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Exception_WritesTypeMessageAndDetail()
    {
        var record = Record("failed", LogLevel.Error, default) with { Exception = new TimeoutException("DescribeTasks timed out") };

        using var json = JsonDocument.Parse(JsonLogFormatter.Format(record));

        var exception = json.RootElement.GetProperty("exception");
        Assert.Equal("System.TimeoutException", exception.GetProperty("type").GetString());
        Assert.Equal("DescribeTasks timed out", exception.GetProperty("message").GetString());
        Assert.Contains("DescribeTasks timed out", exception.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ValueKinds_KeepTheirJsonTypes()
    {
        var line = JsonLogFormatter.Format(Record("m", LogLevel.Debug, default,
            ("flag", true), ("count", 7L), ("ratio", 0.5), ("when", At), ("missing", null), ("nan", double.NaN), ("level", LogLevel.Error)));

        using var json = JsonDocument.Parse(line);
        var p = json.RootElement.GetProperty("properties");
        Assert.Equal(JsonValueKind.True, p.GetProperty("flag").ValueKind);
        Assert.Equal(7, p.GetProperty("count").GetInt64());
        Assert.Equal(0.5, p.GetProperty("ratio").GetDouble());
        Assert.Equal("2026-11-25T12:00:01.2340000+00:00", p.GetProperty("when").GetString());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("missing").ValueKind);
        Assert.Equal("NaN", p.GetProperty("nan").GetString());
        Assert.Equal("Error", p.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData(LogLevel.Trace, "TRACE")]
    [InlineData(LogLevel.Debug, "DEBUG")]
    [InlineData(LogLevel.Information, "INFO")]
    [InlineData(LogLevel.Warning, "WARN")]
    [InlineData(LogLevel.Error, "ERROR")]
    [InlineData(LogLevel.Critical, "FATAL")]
    public void LevelName_Level_IsLambdasName(LogLevel level, string expected)
    {
        Assert.Equal(expected, JsonLogFormatter.LevelName(level));
        Assert.Equal(level, LambdaLogging.ParseLevel(expected));
    }

    [Fact]
    public void ParseLevel_UnknownText_IsNull()
    {
        Assert.Null(LambdaLogging.ParseLevel("LOUD"));
        Assert.Equal(LogLevel.Warning, LambdaLogging.ParseLevel(" warning "));
    }

    private static LogRecord Record(string message, LogLevel level, EventId eventId, params (string Key, object? Value)[] properties) =>
        new(At, level, "test.category", eventId, message, [.. properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))], null);
}
