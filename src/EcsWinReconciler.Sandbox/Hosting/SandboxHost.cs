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
/// <see cref="Admin"/> handle and the same under <c>/_sandbox/</c>.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly DynamoDbRelay _dynamo;

    private SandboxHost(WebApplication app, DynamoDbRelay dynamo, Uri endpoint, Scenario scenario, SandboxAdmin admin)
    {
        _app = app;
        _dynamo = dynamo;
        Endpoint = endpoint;
        Scenario = scenario;
        Admin = admin;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; }

    public Scenario Scenario { get; }

    public SandboxAdmin Admin { get; }

    public SandboxState State => Admin.State;

    public FaultPlan Faults => Admin.Faults;

    public CallLog Calls => Admin.Calls;

    /// <summary>The hub and its member accounts: add members (with or without the role) before the hub assumes into them.</summary>
    public SandboxAccounts Accounts => Admin.Accounts;

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
        var dynamo = new DynamoDbRelay(options.DynamoDbEndpoint);
        var pipeline = new RequestPipeline(state, options, admin.Calls, admin.Faults, new AdminHttp(admin), dynamo, admin.Accounts);

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
        return new SandboxHost(app, dynamo, endpoint, scenario, admin);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _dynamo.Dispose();
    }
}
