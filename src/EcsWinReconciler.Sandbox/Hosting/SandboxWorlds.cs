using System.Text.RegularExpressions;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// The worlds behind the one endpoint, one per (account, region), each with its own lock and its own id source. The
/// hub's world in its home region is the one the host's scenario built; any other is added by a test with a scenario
/// or, as every region of a real account exists and holds nothing until used, made empty on its first call. They all
/// share the host's call log, fault plan and accounts. Thread-safe.
/// </summary>
internal sealed partial class SandboxWorlds
{
    private readonly Lock _gate = new();
    private readonly OrderedDictionary<(string Account, string Region), SandboxAdmin> _worlds = [];
    private readonly SandboxOptions _options;

    public SandboxWorlds(SandboxAdmin hub, SandboxOptions options)
    {
        Hub = hub;
        _options = options;
        _worlds[(hub.State.AccountId, hub.State.Region)] = hub;
    }

    /// <summary>The hub account's world in its home region.</summary>
    public SandboxAdmin Hub { get; }

    /// <summary>Builds <paramref name="account"/>'s world in <paramref name="region"/> from <paramref name="scenario"/>; it must not exist yet.</summary>
    public SandboxAdmin Add(string account, string region, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var world = NewWorld(account, region);
        scenario.Build(world);
        lock (_gate)
        {
            return _worlds.TryAdd((account, region), AdminOf(world))
                ? _worlds[(account, region)]
                : throw new InvalidOperationException($"the world of {account} in {region} exists already: add a world before any call reaches it");
        }
    }

    /// <summary>The world of <paramref name="account"/> in <paramref name="region"/>, made empty if nothing added or used it yet.</summary>
    public SandboxAdmin Get(string account, string region)
    {
        lock (_gate)
        {
            if (!_worlds.TryGetValue((account, region), out var admin))
            {
                var world = NewWorld(account, region);
                Baseline.AddInstanceTypes(world);
                admin = AdminOf(world);
                _worlds.Add((account, region), admin);
            }

            return admin;
        }
    }

    /// <summary>Every world so far, the hub's first.</summary>
    public IReadOnlyList<SandboxAdmin> All()
    {
        lock (_gate)
        {
            return [.. _worlds.Values];
        }
    }

    private SandboxWorld NewWorld(string account, string region)
    {
        if (!AccountId().IsMatch(account ?? string.Empty))
        {
            throw new ArgumentException($"'{account}' is no account id (12 digits)", nameof(account));
        }

        return RegionName.IsValid(region)
            ? new SandboxWorld(region, account!, new IdSource(Seed(_options.Seed, account!, region)), _options.TimeProvider)
            : throw new ArgumentException($"'{region}' is no region name (like eu-west-1)", nameof(region));
    }

    private SandboxAdmin AdminOf(SandboxWorld world) => new(new SandboxState(world), Hub.Calls, Hub.Faults, _options.Lifecycle, Hub.Accounts);

    /// <summary>
    /// The host's seed mixed with the world's name (FNV-1a, stable across runs, unlike string.GetHashCode): each world
    /// invents ids of its own, so an ENI or group id names one world only, and the same seed gives the same ids.
    /// </summary>
    private static int Seed(int seed, string account, string region)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in $"{account}/{region}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountId();
}
