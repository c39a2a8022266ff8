using System.Net;
using EcsWinReconciler.Sandbox.Diagnostics;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Sts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// A local AWS account on 127.0.0.1: EC2, ECS and SNS on one endpoint (point <c>AWS_ENDPOINT_URL</c> or a client's
/// ServiceURL at <see cref="Endpoint"/>), and DynamoDB too when <see cref="SandboxOptions.DynamoDbEndpoint"/> names a
/// server to relay it to; built from a <see cref="Scenario"/>, with an in-process
/// <see cref="Admin"/> handle and the same under <c>/_sandbox/</c>. That scenario is the hub account's world in
/// <see cref="SandboxAccount.Region"/>; a call signed in another region, or with a member's assumed-role session, is
/// answered from that account's world in that region (<see cref="AddWorld"/>, <see cref="World"/>).
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly DynamoDbRelay _dynamo;

    private readonly SandboxWorlds _worlds;

    private SandboxHost(WebApplication app, DynamoDbRelay dynamo, Uri endpoint, Scenario scenario, SandboxWorlds worlds)
    {
        _app = app;
        _dynamo = dynamo;
        _worlds = worlds;
        Endpoint = endpoint;
        Scenario = scenario;
        Admin = worlds.Hub;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; }

    public Scenario Scenario { get; }

    /// <summary>The hub account's world in <see cref="SandboxAccount.Region"/> (the one <see cref="Scenario"/> built).</summary>
    public SandboxAdmin Admin { get; }

    public SandboxState State => Admin.State;

    public FaultPlan Faults => Admin.Faults;

    public CallLog Calls => Admin.Calls;

    /// <summary>The hub and its member accounts: add members (with or without the role) before the hub assumes into them.</summary>
    public SandboxAccounts Accounts => Admin.Accounts;

    /// <summary>
    /// Builds <paramref name="account"/>'s world in <paramref name="region"/> from <paramref name="scenario"/> (its ARNs,
    /// zones and events say that account and region; its invented ids are its own). Add it before any call reaches it:
    /// once used, a world exists (empty, as a real account's unused region) and adding it throws
    /// <see cref="InvalidOperationException"/>. A malformed account id or region throws <see cref="ArgumentException"/>.
    /// </summary>
    public SandboxAdmin AddWorld(string account, string region, Scenario scenario) => _worlds.Add(account, region, scenario);

    /// <summary>The world of <paramref name="account"/> in <paramref name="region"/>: added, used, or else made empty now.</summary>
    public SandboxAdmin World(string account, string region) => _worlds.Get(account, region);

    /// <summary>Starts the scenario named like <c>healthy</c> or <c>rdp-open+dns-hostnames-off</c>.</summary>
    public static Task<SandboxHost> StartAsync(string scenarioName, SandboxOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(ScenarioCatalog.Get(scenarioName), options, cancellationToken);

    public static async Task<SandboxHost> StartAsync(Scenario scenario, SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new SandboxOptions();
        var world = new SandboxWorld(SandboxAccount.Region, SandboxAccount.AccountId, new IdSource(options.Seed), options.TimeProvider);
        scenario.Build(world);
        var state = new SandboxState(world);
        var admin = new SandboxAdmin(state, new CallLog(), new FaultPlan(options.Seed + 7919), options.Lifecycle, new SandboxAccounts(SandboxAccount.AccountId, options.TimeProvider));
        var worlds = new SandboxWorlds(admin, options);
        var dynamo = new DynamoDbRelay(options.DynamoDbEndpoint);
        var pipeline = new RequestPipeline(worlds, options, new AdminHttp(worlds), dynamo);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();

        // The host application's appsettings or ASPNETCORE_* variables must not add endpoints (a "Kestrel"
        // section would bind more addresses): the sandbox listens on 127.0.0.1 only.
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var endpoint = new Uri(address.TrimEnd('/') + "/");
        SandboxLog.Started(options.LoggerFactory.CreateLogger("EcsWinReconciler.Sandbox"), endpoint, scenario.Name);
        return new SandboxHost(app, dynamo, endpoint, scenario, worlds);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _dynamo.Dispose();
    }
}
