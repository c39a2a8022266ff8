using System.Text.Json;
using EcsWinReconciler.Lambda.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Lambda.Tests.Logging;

public sealed partial class JsonLoggerProviderTests
{
    private readonly StringWriter _output = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Log_InsideScopes_MergesScopePropertiesWithTheMessageProperties()
    {
        using var loggers = LambdaLogging.Create(_output, _time, LogLevel.Information);
        var logger = loggers.CreateLogger("EcsWinReconciler.Test");

        using (logger.BeginScope(new KeyValuePair<string, object?>[] { new("requestId", "req-9") }))
        using (logger.BeginScope(new Dictionary<string, object> { ["cluster"] = "win-prod", ["generation"] = 4L }))
        {
            Reconciled(logger, "0a1b2c", 2);
        }

        var line = Assert.Single(Lines());
        Assert.Equal("req-9", line.GetProperty("requestId").GetString());
        Assert.Equal("Task 0a1b2c has 2 finding(s)", line.GetProperty("message").GetString());
        Assert.Equal(77, line.GetProperty("eventId").GetInt32());
        Assert.Equal("Reconciled", line.GetProperty("eventName").GetString());
        var properties = line.GetProperty("properties");
        Assert.Equal("win-prod", properties.GetProperty("cluster").GetString());
        Assert.Equal(4, properties.GetProperty("generation").GetInt64());
        Assert.Equal("0a1b2c", properties.GetProperty("TaskId").GetString());
        Assert.Equal(2, properties.GetProperty("Findings").GetInt32());
    }

    [Fact]
    public void Log_BelowTheMinimumLevel_WritesNothing()
    {
        using var loggers = LambdaLogging.Create(_output, _time, LogLevel.Warning);
        var logger = loggers.CreateLogger("EcsWinReconciler.Test");

        Reconciled(logger, "x", 0);
        logger.LogWarning("kept");

        Assert.Equal("kept", Assert.Single(Lines()).GetProperty("message").GetString());
    }

    [Fact]
    public void Log_Timestamp_ComesFromTheInjectedClock()
    {
        using var loggers = LambdaLogging.Create(_output, _time, LogLevel.Information);
        _time.Advance(TimeSpan.FromMinutes(3));

        loggers.CreateLogger("c").LogInformation("tick");

        Assert.Equal("2026-11-25T12:03:00.000Z", Assert.Single(Lines()).GetProperty("timestamp").GetString());
    }

    [Fact]
    public void Log_PlainTextScope_AddsNoProperty()
    {
        using var loggers = LambdaLogging.Create(_output, _time, LogLevel.Information);
        var logger = loggers.CreateLogger("c");

        using (logger.BeginScope("just text"))
        {
            logger.LogInformation("inside");
        }

        Assert.False(Assert.Single(Lines()).TryGetProperty("properties", out _));
    }

    private List<JsonElement> Lines() =>
        [.. _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [LoggerMessage(EventId = 77, Level = LogLevel.Information, Message = "Task {TaskId} has {Findings} finding(s)")]
    private static partial void Reconciled(ILogger logger, string taskId, int findings);
}
