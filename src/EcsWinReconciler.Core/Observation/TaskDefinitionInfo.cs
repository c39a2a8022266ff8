namespace EcsWinReconciler.Core.Observation;

/// <summary>The parts of a task definition the reconciler needs (revisions never change, so adapters cache them).</summary>
public sealed record TaskDefinitionInfo(string Arn, string Family, int Revision, string? NetworkMode, string? OperatingSystemFamily)
{
    /// <summary>Some container has <c>credentialSpecs</c> (gMSA): its tasks need the Active Directory domain controllers.</summary>
    public bool UsesGmsa { get; init; }
}
