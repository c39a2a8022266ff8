using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Declarations;

/// <summary>One function of the binary: its handler name, what triggers it, and the port methods its code may call.</summary>
public sealed record FunctionDeclaration(FunctionKind Kind, string Trigger, EquatableArray<string> PortMethods)
{
    public string Name => FunctionNames.Of(Kind);
}
