using System.Globalization;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Explain;

/// <summary>How a line of an explanation reads: as it is, a hop that passes, a hop that blocks, or a quiet aside.</summary>
internal enum ExplainTone
{
    Plain,
    Pass,
    Block,
    Quiet,
}

/// <summary>One line of <c>ewr explain</c>; <see cref="Hang"/> is where its value starts, so a wrapped part lines up under it.</summary>
internal sealed record ExplainLine(string Text, int Hang, ExplainTone Tone = ExplainTone.Plain);

/// <summary>
/// A task's explanation as lines (pure): who the task is and where its ENI sits, what the reconciler finds, then each server
/// the path checks judge, service by service. A blocked service shows every hop with what allows or blocks it, so the
/// first <c>BLOCK</c> is the answer; a service that passes shows one line (every hop when all hops are asked for).
/// </summary>
internal static class ExplanationLines
{
    private const string Pass = "pass ";
    private const string Block = "BLOCK";

    public static IReadOnlyList<ExplainLine> Of(TaskExplanation explanation, bool allHops)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var lines = new List<ExplainLine>();
        var taskId = AwsIds.TaskId(explanation.TaskArn);
        var observed = explanation.Observation;
        var where = observed is null ? string.Empty : $" · {observed.Task.ClusterName}/{observed.Task.ServiceName ?? observed.Task.Family}";
        lines.Add(new($"task {taskId}{where} · spec {explanation.SpecName ?? "(none selects it)"}", 5));

        if (explanation.Error is { } error)
        {
            lines.Add(new($"not judged: {error}", 12, ExplainTone.Block));
            return lines;
        }

        if (observed?.Eni is { } eni)
        {
            var subnet = observed.Subnet(eni.SubnetId);
            lines.Add(new(
                $"ENI {eni.Id} {eni.PrivateIpv4Address ?? "(no IPv4)"} in {eni.SubnetId}{(subnet?.Block is { } block ? $" ({block})" : string.Empty)}", 4));
            lines.Add(new(
                $"  groups {string.Join(", ", eni.GroupIds)} · ACL {subnet?.Acl?.Id ?? "(not read)"} · routes {subnet?.Routes?.Id ?? "(not read)"}", 9));
        }

        AddVerdict(lines, explanation);
        foreach (var server in explanation.Paths)
        {
            AddServer(lines, server, allHops);
        }

        if (explanation.Paths.Count == 0 && explanation.Verdict is { Kind: JudgementKind.Judged })
        {
            lines.Add(new(string.Empty, 0));
            lines.Add(new("no path traced: the spec declares no dns section or domain controllers, or the ENI's subnet was not read", 0, ExplainTone.Quiet));
        }

        return lines;
    }

    private static void AddVerdict(List<ExplainLine> lines, TaskExplanation explanation)
    {
        var verdict = explanation.Verdict;
        lines.Add(new(string.Empty, 0));
        if (verdict is null)
        {
            lines.Add(new("not judged", 0, ExplainTone.Quiet));
            return;
        }

        if (verdict.Kind != JudgementKind.Judged)
        {
            lines.Add(new($"not judged: {verdict.Reason}", 12, ExplainTone.Quiet));
            return;
        }

        lines.Add(verdict.Findings.Count == 0
            ? new ExplainLine("no drift: every check passes", 0, ExplainTone.Pass)
            : new ExplainLine($"{verdict.Findings.Count.ToString(CultureInfo.InvariantCulture)} finding(s):", 0, ExplainTone.Block));
        foreach (var finding in verdict.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Check, StringComparer.Ordinal))
        {
            // The finding on one line, what was seen and what to do under it: at 80 columns the reason keeps the whole width.
            lines.Add(new($"  {finding.Severity.ToString().ToLowerInvariant(),-8} {finding.Check} at {finding.Root.Describe()}", 11, ExplainTone.Block));
            lines.Add(new($"           {finding.Message}", 11));
            if (explanation.Exceptions.FirstOrDefault(e => e.Finding == finding) is { } excepted)
            {
                lines.Add(new($"           {excepted.Note}", 11, excepted.InForce ? ExplainTone.Quiet : ExplainTone.Block));
            }
        }
    }

    private static void AddServer(List<ExplainLine> lines, ServerPaths server, bool allHops)
    {
        lines.Add(new(string.Empty, 0));
        var verdict = server.Passes ? "reachable" : "BLOCKED";
        lines.Add(new($"{server.Purpose} {server.Server.AddressText} ({server.Check}): {verdict}", 0, server.Passes ? ExplainTone.Pass : ExplainTone.Block));
        foreach (var trace in server.Traces)
        {
            if (trace.Passes && !allHops)
            {
                lines.Add(new($"  {Pass} {trace.Service}: {string.Join(", ", trace.Hops.Select(h => Name(h.Kind)))}", 10, ExplainTone.Pass));
                continue;
            }

            lines.Add(new($"  {(trace.Passes ? Pass : Block)} {trace.Service}", 10, trace.Passes ? ExplainTone.Pass : ExplainTone.Block));
            var blocked = false;
            foreach (var hop in trace.Hops)
            {
                // Hops after the first block are shown as not reached: traffic never gets there, whatever they say.
                var (mark, tone) = blocked ? ("     ", ExplainTone.Quiet) : hop.Passes ? (Pass, ExplainTone.Pass) : (Block, ExplainTone.Block);
                var head = $"      {mark} {Name(hop.Kind),-15} ";
                lines.Add(new(head + (blocked ? $"not reached ({hop.Detail})" : hop.Detail), head.Length, tone));
                blocked |= !hop.Passes;
            }
        }
    }

    /// <summary>How a tone looks on a terminal that takes colour.</summary>
    public static CellStyle Style(ExplainTone tone) => tone switch
    {
        ExplainTone.Pass => CellStyle.Green,
        ExplainTone.Block => CellStyle.BoldRed,
        ExplainTone.Quiet => CellStyle.Dim,
        _ => CellStyle.Plain,
    };

    private static string Name(HopKind kind) => kind switch
    {
        HopKind.VpcResolver => "VPC resolver",
        HopKind.SecurityGroupEgress => "groups egress",
        HopKind.AclOutbound => "ACL outbound",
        HopKind.AclReply => "ACL reply",
        HopKind.Route => "route",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a hop kind this text does not know"),
    };
}
