namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// The common options that say which AWS account, endpoint and stack resources to use. Null means "from the
/// environment": the SDK's chain for profile, region and endpoint; EWR_SPECS_TABLE, EWR_STATE_TABLE and
/// EWR_ALERT_TOPIC_ARN (the variables the Lambda functions read) for the stack's resources.
/// </summary>
public sealed record BackendOptions(string? Profile, string? Region, Uri? EndpointUrl, bool Verbose)
{
    public string? SpecsTable { get; init; }

    public string? StateTable { get; init; }

    public string? AlertTopicArn { get; init; }

    /// <summary>Per attempt: how long to wait for a connection (null: the SDK's default, which waits for ever).</summary>
    public TimeSpan? ConnectTimeout { get; init; }

    /// <summary>Per attempt: how long to wait for the answer to a call (null: the SDK's default, 100 s).</summary>
    public TimeSpan? ReadTimeout { get; init; }
}
