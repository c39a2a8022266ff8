using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Lambda.Declarations;

namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>
/// The port methods each <c>ewr</c> command may call, as <see cref="FunctionDeclarations"/> lists them for the functions:
/// with the IAM grants each adapter declares per port method (<c>IamDeclarations</c>) they give the least policy a person
/// needs to run the command; a command that may work in a member account also assumes the member role there
/// (<see cref="CommandDeclaration.ReachesMembers"/>). Commands that call no AWS API (spec validate, spec schema, lint, demo) need nothing.
/// Checked by tests that run each command over recording ports.
/// </summary>
public static class CommandDeclarations
{
    public static IReadOnlyList<CommandDeclaration> All { get; } =
    [
        new("spec list", [Specs(nameof(ISpecStore.ListAsync))]),
        new("spec get", [Specs(nameof(ISpecStore.GetAsync))]),
        new("spec diff", [Specs(nameof(ISpecStore.ListAsync))]),
        new("spec apply", [Specs(nameof(ISpecStore.ListAsync)), Specs(nameof(ISpecStore.ApplyAsync))]),
        new("spec delete", [Specs(nameof(ISpecStore.GetAsync)), Specs(nameof(ISpecStore.DeleteAsync))]),
        new("except add", [Specs(nameof(ISpecStore.GetAsync)), Specs(nameof(ISpecStore.ApplyAsync))]),
        new("except list", [Specs(nameof(ISpecStore.ListAsync)), Specs(nameof(ISpecStore.GetAsync))]),
        new("except remove", [Specs(nameof(ISpecStore.GetAsync)), Specs(nameof(ISpecStore.ApplyAsync))]),
        new("status", [Specs(nameof(ISpecStore.ListAsync)), $"{nameof(IStatusStore)}.{nameof(IStatusStore.ListAsync)}"]),
        // The specs say which places (issue 15) the hub watches, so alerts reads them too.
        new("alerts", [Specs(nameof(ISpecStore.ListAsync)), $"{nameof(IAlertStore)}.{nameof(IAlertStore.ListAsync)}", $"{nameof(IStatusStore)}.{nameof(IStatusStore.ListAsync)}"]),

        // The Lambdas' reconciler over the selections asked for; --task describes one task first (in the selection's calls).
        new("reconcile", PortMethodDeclarations.ReconcileSelections) { ReachesMembers = true },

        // One task resolved, observed and judged, read-only: DescribeTasks first, then the reads a reconcile of it makes.
        new("explain", [
            Specs(nameof(ISpecStore.ListAsync)),
            $"{nameof(IStatusStore)}.{nameof(IStatusStore.GetAsync)}",
            .. PortMethodDeclarations.ReconcileEventTargets.Where(m => m.StartsWith(nameof(ITaskSource), StringComparison.Ordinal)
                || m.StartsWith(nameof(INetworkObserver), StringComparison.Ordinal) || m.StartsWith(nameof(IResolverObserver), StringComparison.Ordinal)),
            $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeTasksAsync)}",
        ]) { ReachesMembers = true },

        // Runs any of the four handlers in-process against the account: whatever the handler named needs.
        new("invoke", [.. FunctionDeclarations.All.SelectMany(f => f.PortMethods).Distinct(StringComparer.Ordinal)]),
    ];

    /// <summary>Commands that send nothing to AWS.</summary>
    public static IReadOnlyList<string> Local { get; } = ["spec validate", "spec schema", "lint", "demo"];

    public static CommandDeclaration? Find(string command) =>
        All.FirstOrDefault(c => string.Equals(c.Command, command.Trim(), StringComparison.Ordinal));

    private static string Specs(string method) => $"{nameof(ISpecStore)}.{method}";
}
