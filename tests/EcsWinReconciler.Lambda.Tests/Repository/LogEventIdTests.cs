namespace EcsWinReconciler.Lambda.Tests.Repository;

public sealed class LogEventIdTests
{
    private static readonly IReadOnlyList<(string Path, string Method, int? Id)> Declarations =
    [
        .. RepositorySources.Files("src", ".cs").SelectMany(f => LogEventIds.In(f.Text).Select(d => (f.Path, d.Method, d.Id))),
    ];

    [Fact]
    public void LoggerMessages_AcrossEveryProject_HaveUniqueEventIds()
    {
        // One Lambda process loads Core, Aws and Lambda, and log queries filter on eventId: an id must name one event.
        Assert.True(Declarations.Count >= 40, $"only {Declarations.Count} [LoggerMessage] declarations found: is the pattern still right?");
        var repeated = Declarations.Where(d => d.Id is not null).GroupBy(d => d.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => $"{d.Path} {d.Method}"))}");

        Assert.Empty(repeated);
    }

    [Fact]
    public void LoggerMessages_AcrossEveryProject_EachStateAnEventId()
    {
        Assert.Empty(Declarations.Where(d => d.Id is null).Select(d => $"{d.Path} {d.Method}"));
    }

    [Fact]
    public void LogEventIds_NamedPositionalAndMissing_AreEachRead()
    {
        const string text = """
            [LoggerMessage(EventId = 3201, Level = LogLevel.Debug,
                Message = "x [y]")]
            public static partial void Named(ILogger logger);

            [LoggerMessage(77, LogLevel.Information, "z")]
            internal static partial void Positional(ILogger logger);

            [LoggerMessage(Level = LogLevel.Warning, Message = "w")]
            private static partial void Missing(ILogger logger);
            """;

        Assert.Equal([("Named", 3201), ("Positional", 77), ("Missing", (int?)null)], LogEventIds.In(text));
    }
}
