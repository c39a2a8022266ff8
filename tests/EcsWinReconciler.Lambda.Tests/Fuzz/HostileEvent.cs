using System.Text;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Fuzz;

/// <summary>A malformed event for one function: what kind of malformation, and the exact bytes delivered.</summary>
public sealed record HostileEvent(FunctionKind Kind, string Category, byte[] Body)
{
    public override string ToString()
    {
        var preview = Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 160)));
        return $"{Kind} / {Category} ({Body.Length} bytes): {preview}";
    }
}
