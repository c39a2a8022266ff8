namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The sample spec the demo applies (embedded <c>sample-spec.yaml</c>): what the healthy scenario satisfies and
/// every other scenario breaks. Its ids are <see cref="ScenarioIds"/>'.
/// </summary>
public static class SampleSpec
{
    public const string ResourceName = "EcsWinReconciler.Sandbox.sample-spec.yaml";

    public static string Yaml { get; } = Load();

    /// <summary>
    /// The same specs for a member's world (issue 15): named after the account (<c>iis-webserver-444455556666</c>), their
    /// selectors naming the account and region, so a hub applies them beside its own.
    /// </summary>
    public static string ForPlace(string account, string region) => Yaml
        .Replace("name: iis-webserver", $"name: iis-webserver-{account}", StringComparison.Ordinal)
        .Replace("name: win-prod-default", $"name: win-prod-default-{account}", StringComparison.Ordinal)
        .Replace("family: iis-webserver }", $"family: iis-webserver, account: \"{account}\", region: {region} }}", StringComparison.Ordinal)
        .Replace("family: \"*\" }", $"family: \"*\", account: \"{account}\", region: {region} }}", StringComparison.Ordinal);

    private static string Load()
    {
        using var stream = typeof(SampleSpec).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
