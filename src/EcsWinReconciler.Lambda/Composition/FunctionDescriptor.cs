using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>One function of the binary: its handler name, what triggers it, and the port methods its code may call.</summary>
public sealed record FunctionDescriptor(FunctionKind Kind, string Trigger, EquatableArray<string> PortMethods)
{
    public string Name => FunctionNames.Of(Kind);
}
