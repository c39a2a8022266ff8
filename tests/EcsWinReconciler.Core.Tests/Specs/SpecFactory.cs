using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Small valid specs for resolver and set tests, built through the reader like every real spec.</summary>
internal static class SpecFactory
{
    public static TaskNetworkSpec Spec(string name, string cluster, string family) => SpecRead.Valid($$"""
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata: { name: {{name}} }
        spec:
          selector: { cluster: {{cluster}}, family: "{{family}}" }
        """);

    public static StoredSpec Stored(string name, string cluster, string family, long generation = 1)
    {
        var spec = Spec(name, cluster, family);
        return new StoredSpec(spec, generation, SpecWriter.ToJson(spec));
    }

    public static SourcedSpec Sourced(string name, string cluster, string family, string source) =>
        Assert.Single(SpecReader.Read(source, SpecWriter.ToJson(Spec(name, cluster, family))).Specs);
}
