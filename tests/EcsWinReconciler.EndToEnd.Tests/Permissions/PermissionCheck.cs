using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// Compares what port methods sent with what they declare, both ways: every call is declared for its method (and, in
/// a dry run, not as needed only when changing); every method was driven; every declared grant was sent by its
/// method at least once (in a dry run when it is declared as needed from dry-run on, in a real run when only when
/// changing). Grants AWS uses on our behalf (<see cref="IamGrant.Via"/>) never reach our wire and are not expected.
/// </summary>
internal static class PermissionCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, IReadOnlyList<IamGrant>> declared, IReadOnlyList<PortRecording> recordings)
    {
        var problems = new List<string>();
        foreach (var recording in recordings)
        {
            var grants = declared.GetValueOrDefault(recording.PortMethod) ?? [];
            foreach (var call in recording.Calls.Distinct())
            {
                var match = grants.Where(call.Matches).ToList();
                if (match.Count == 0)
                {
                    problems.Add($"{Name(recording)} sent {call}, which it does not declare");
                }
                else if (recording.DryRun && match.All(g => g.When == NeededWhen.Changing))
                {
                    problems.Add($"{Name(recording)} sent {call}, which it declares as needed only when changing");
                }
            }
        }

        foreach (var (method, grants) in declared)
        {
            var driven = recordings.Where(r => r.PortMethod == method).ToList();
            if (driven.Count == 0)
            {
                problems.Add($"{method} was never driven");
                continue;
            }

            foreach (var grant in grants.Where(g => g.Via is null && !Seen(g, driven)))
            {
                problems.Add($"{method} declares {grant} but never sent it" + grant.When switch
                {
                    NeededWhen.TryingChanges => " in a dry run",
                    NeededWhen.Changing => " in a real run",
                    _ => string.Empty,
                });
            }
        }

        return problems;
    }

    private static bool Seen(IamGrant grant, IEnumerable<PortRecording> driven) =>
        driven.Where(r => grant.When switch
            {
                NeededWhen.TryingChanges => r.DryRun,
                NeededWhen.Changing => !r.DryRun,
                _ => true,
            })
            .SelectMany(r => r.Calls)
            .Any(c => c.Matches(grant));

    private static string Name(PortRecording recording) => recording.PortMethod + (recording.DryRun ? " (dry run)" : string.Empty);
}
