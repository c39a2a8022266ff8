using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>The common options' values for one invocation.</summary>
internal sealed record CommonSettings(
    string? Profile, string? Region, Uri? EndpointUrl, string? SpecsTable, string? StateTable, string? AlertTopicArn, OutputFormat Output, bool NoColor, bool Verbose)
{
    public BackendOptions Backend => new(Profile, Region, EndpointUrl, Verbose)
    {
        SpecsTable = SpecsTable,
        StateTable = StateTable,
        AlertTopicArn = AlertTopicArn,
    };
}
