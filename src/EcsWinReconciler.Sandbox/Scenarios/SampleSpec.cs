namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The sample spec the demo applies (embedded <c>sample-spec.yaml</c>): what the healthy scenario satisfies and
/// every other scenario breaks. Its ids are <see cref="ScenarioIds"/>'.
/// </summary>
public static class SampleSpec
{
    public const string ResourceName = "EcsWinReconciler.Sandbox.sample-spec.yaml";

    public static string Yaml { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(SampleSpec).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
