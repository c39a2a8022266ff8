using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>The fixed start of every test's clock: 2025-03-04T10:00:00Z.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
