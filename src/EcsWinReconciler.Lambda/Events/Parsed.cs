using System.Diagnostics.CodeAnalysis;

namespace EcsWinReconciler.Lambda.Events;

/// <summary>A value read from an event, or why it could not be: a malformed event is an expected situation, not an exception.</summary>
internal sealed record Parsed<T>(T? Value, string? Problem)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsOk => Value is not null && Problem is null;

    public static Parsed<T> Ok(T value) => new(value, null);

    public static Parsed<T> Fail(string problem) => new(null, problem);
}
