namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary>One call the reconciler made through a port: its place in the run (1-based), its name, and whether it changes anything.</summary>
public sealed record PortCall(int Number, string Name, bool Writes)
{
    public override string ToString() => $"#{Number} {Name}{(Writes ? " (write)" : string.Empty)}";
}
