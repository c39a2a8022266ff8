using EcsWinReconciler.Sandbox.Lifecycle;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// How to run the sandbox: the seed of every invented id, the clock, the port (0 = any free one; the host binds
/// 127.0.0.1 only) and whether tasks settle on every ECS write or only when stepped.
/// </summary>
public sealed record SandboxOptions
{
    public int Seed { get; init; } = 1;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public int Port { get; init; }

    public LifecycleMode Lifecycle { get; init; } = LifecycleMode.Immediate;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>A DynamoDB-compatible server to relay DynamoDB calls to, so one endpoint serves all four services (null: none).</summary>
    public Uri? DynamoDbEndpoint { get; init; }
}
