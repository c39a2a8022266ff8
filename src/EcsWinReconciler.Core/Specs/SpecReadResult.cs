using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// What reading gave: every valid spec and every error, all at once. A document with any error
/// contributes errors only, never a spec; the other documents still yield theirs.
/// </summary>
public sealed record SpecReadResult(EquatableArray<SourcedSpec> Specs, EquatableArray<SpecError> Errors)
{
    public static SpecReadResult Empty { get; } = new(EquatableArray<SourcedSpec>.Empty, EquatableArray<SpecError>.Empty);

    public bool IsValid => Errors.IsEmpty;

    public SpecReadResult Concat(SpecReadResult other) =>
        new([.. Specs, .. other.Specs], [.. Errors, .. other.Errors]);

    public SpecReadResult WithErrors(IEnumerable<SpecError> errors) => this with { Errors = [.. Errors, .. errors] };
}
