namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The findings of one evaluation, gathered into a list made only when the first one turns up: a task without drift
/// (the common case, every warm event and resync) allocates nothing for its checks.
/// </summary>
internal static class FindingList
{
    public static void Add(ref List<Finding>? findings, Finding finding) => (findings ??= []).Add(finding);

    public static IEnumerable<Finding> OrEmpty(List<Finding>? findings) => findings ?? (IEnumerable<Finding>)[];
}
