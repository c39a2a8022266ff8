namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// One spelling of an enum value. A member with <see cref="RejectedBecause"/> is known but not accepted
/// here (e.g. <c>publicIp: required</c>, which EC2 can never satisfy): the reader says why.
/// </summary>
internal sealed record EnumMember<T>(string Text, T Value, string? RejectedBecause = null)
    where T : struct, Enum;
