using System.Globalization;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Exceptions;

/// <summary>
/// How far ahead an exception may expire when a person writes it (<c>ewr except add</c>, <c>ewr spec apply|diff|validate</c>):
/// 90 days, or <c>EWR_MAX_EXCEPTION_DAYS</c> (1–365) where the platform team set another. It is checked at write time, against
/// the clock of the machine writing; the reconciler never rejects a stored spec for it (an exception only ever lapses).
/// </summary>
internal static class ExceptionLimits
{
    public const string Variable = "EWR_MAX_EXCEPTION_DAYS";

    public static SpecReadOptions ReadOptions(CliHost host) =>
        SpecReadOptions.At(host.Time.GetUtcNow()) with { MaxExceptionDuration = MaxDuration(host.Environment) };

    public static TimeSpan MaxDuration(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return SpecReadOptions.DefaultMaxExceptionDuration;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 365
            ? TimeSpan.FromDays(days)
            : throw new CliException($"{Variable}=\"{text}\" is not a whole number of days from 1 to 365", $"unset it for the default of {SpecReadOptions.DefaultMaxExceptionDuration.TotalDays:0} days");
    }
}
