namespace EcsWinReconciler.Aws.Configuration;

/// <summary>
/// Which region to use, decided before any client exists (the signer needs it even when an endpoint override is
/// set): explicit setting, then AWS_REGION, then AWS_DEFAULT_REGION (AWSSDK.Core 4.1 reads only AWS_REGION),
/// then whatever the SDK finds in the profile or instance metadata.
/// </summary>
public static class RegionChoice
{
    public static string? Resolve(string? explicitRegion, Func<string, string?> environment, Func<string?> sdkFallback)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(sdkFallback);
        return NonEmpty(explicitRegion)
            ?? NonEmpty(environment("AWS_REGION"))
            ?? NonEmpty(environment("AWS_DEFAULT_REGION"))
            ?? NonEmpty(sdkFallback());
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
