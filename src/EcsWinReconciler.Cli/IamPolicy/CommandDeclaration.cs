namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>One <c>ewr</c> command and the port methods it may call.</summary>
public sealed record CommandDeclaration(string Command, IReadOnlyList<string> PortMethods);
