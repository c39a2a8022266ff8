using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>One <c>ewr</c> command and the port methods it may call.</summary>
public sealed record CommandDeclaration(string Command, IReadOnlyList<string> PortMethods)
{
    /// <summary>
    /// True when the command may work in a member account (issue 15: <c>reconcile --account</c>, <c>explain</c> of a
    /// member's task): it assumes the member role there, which is not a port method.
    /// </summary>
    public bool ReachesMembers { get; init; }

    /// <summary>What the command needs: its port methods' grants, and assuming the member role when it reaches members.</summary>
    public IReadOnlyList<IamGrant> Grants => [.. IamDeclarations.For(PortMethods), .. ReachesMembers ? IamDeclarations.MemberAssumption : []];
}
