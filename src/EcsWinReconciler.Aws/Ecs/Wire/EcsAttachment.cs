namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A task attachment; the ENI one has type "ElasticNetworkInterface" here ("eni" in events).</summary>
public sealed record EcsAttachment
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<EcsKeyValue>? Details { get; init; }
}
