using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>
/// Sets process environment variables for one test and restores them after. Only for tests in
/// <see cref="ProcessEnvironmentCollection"/>, which xunit runs alone, after the parallel ones. AWSSDK.Core reads
/// AWS_RETRY_MODE, AWS_MAX_ATTEMPTS and friends once per process and caches them, so the cache is reset on both ends.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _previous = new(StringComparer.Ordinal);

    public EnvironmentScope(params (string Name, string? Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        FallbackInternalConfigurationFactory.Reset();
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        FallbackInternalConfigurationFactory.Reset();
    }
}

/// <summary>Tests that change process environment variables (what the SDK reads itself): never run in parallel with others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
