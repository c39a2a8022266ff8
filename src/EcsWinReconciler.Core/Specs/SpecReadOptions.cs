namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// What reading checks beyond the document itself. With <see cref="Now"/> (a person validating or applying a spec; the caller
/// passes its clock's time, so the reader stays pure) every exception must expire after now and at most
/// <see cref="MaxExceptionDuration"/> later. Without it (the reconciler reading a stored spec) an exception past its date is
/// valid: it has lapsed, and its findings re-open.
/// </summary>
public sealed record SpecReadOptions(DateTimeOffset? Now)
{
    public static SpecReadOptions Stored { get; } = new((DateTimeOffset?)null);

    public static TimeSpan DefaultMaxExceptionDuration => Shapes.ExceptionShape.DefaultMaxDuration;

    public TimeSpan MaxExceptionDuration { get; init; } = DefaultMaxExceptionDuration;

    /// <summary>Options for a person's write at <paramref name="now"/>.</summary>
    public static SpecReadOptions At(DateTimeOffset now) => new(now);
}
