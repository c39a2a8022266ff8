namespace EcsWinReconciler.Cli.Backend;

/// <summary>The common options that say which AWS account and endpoint to use (null = the SDK's environment defaults).</summary>
public sealed record BackendOptions(string? Profile, string? Region, Uri? EndpointUrl, bool Verbose);
