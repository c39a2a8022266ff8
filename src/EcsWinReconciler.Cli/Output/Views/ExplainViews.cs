using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr explain': every server, service and hop, with what each decided.

internal sealed record ExplanationView(string TaskArn, string? Spec, string? NotJudged, IReadOnlyList<ExplainFindingView> Findings, IReadOnlyList<ExplainServerView> Servers)
{
    public static ExplanationView Of(TaskExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var verdict = explanation.Verdict;
        var notJudged = explanation.Error ?? (verdict is { Kind: not Core.Drift.JudgementKind.Judged } ? verdict.Reason : null);
        return new ExplanationView(
            explanation.TaskArn,
            explanation.SpecName,
            notJudged,
            [.. (verdict?.Findings ?? []).Select(f => new ExplainFindingView(f.Check, f.Severity.ToString().ToLowerInvariant(), f.Root.Describe(), f.Actual, f.Message)
            {
                Exception = explanation.Exceptions.FirstOrDefault(e => e.Finding == f)?.Note,
            })],
            [.. explanation.Paths.Select(Server)]);
    }

    private static ExplainServerView Server(ServerPaths paths) => new(
        paths.Check, paths.Purpose, paths.Server.AddressText, paths.Passes,
        [.. paths.Traces.Select(t => new ExplainTraceView(t.Service.ToString(), t.Passes, [.. t.Hops.Select(Hop)]))]);

    private static ExplainHopView Hop(Hop hop) => new(hop.Kind.ToString(), hop.ResourceId, hop.Passes, hop.Detail);
}

internal sealed record ExplainFindingView(string Check, string Severity, string Root, string Actual, string Message)
{
    /// <summary>"excepted until 2027-01-31: CHG-4711 — bastion RDP", or that the exception lapsed; null when none covers the finding.</summary>
    public string? Exception { get; init; }
}

internal sealed record ExplainServerView(string Check, string Purpose, string Server, bool Reachable, IReadOnlyList<ExplainTraceView> Services);

internal sealed record ExplainTraceView(string Service, bool Passes, IReadOnlyList<ExplainHopView> Hops);

internal sealed record ExplainHopView(string Hop, string Resource, bool Passes, string Detail);
