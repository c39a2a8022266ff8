namespace EcsWinReconciler.Core.Observation;

/// <summary>The result of looking up many ENIs at once: the ones EC2 returned and the ones it no longer has.</summary>
public sealed record EniBatch(IReadOnlyDictionary<string, ObservedEni> Found, IReadOnlySet<string> Gone)
{
    public static EniBatch Empty { get; } = new(new Dictionary<string, ObservedEni>(), new HashSet<string>());
}
