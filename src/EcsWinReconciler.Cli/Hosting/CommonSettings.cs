using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>The common options' values for one invocation (options a command does not have read as their defaults).</summary>
internal sealed record CommonSettings(
    string? Profile, string? Region, Uri? EndpointUrl, string? SpecsTable, string? StateTable, string? AlertTopicArn, OutputFormat Output, bool NoColor, bool Verbose)
{
    public bool NoHeaders { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = CommonOptions.DefaultConnectTimeout;

    public TimeSpan ReadTimeout { get; init; } = CommonOptions.DefaultReadTimeout;

    public BackendOptions Backend => new(Profile, Region, EndpointUrl, Verbose)
    {
        SpecsTable = SpecsTable,
        StateTable = StateTable,
        AlertTopicArn = AlertTopicArn,
        ConnectTimeout = ConnectTimeout,
        ReadTimeout = ReadTimeout,
    };
}
