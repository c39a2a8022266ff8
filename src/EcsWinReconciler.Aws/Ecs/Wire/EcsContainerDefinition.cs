namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>The one part of a container definition the reconciler reads: <c>credentialSpecs</c> (gMSA), which makes the domain controllers a dependency.</summary>
public sealed record EcsContainerDefinition
{
    public string? Name { get; init; }

    public IReadOnlyList<string>? CredentialSpecs { get; init; }
}
