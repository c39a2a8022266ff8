using System.Security.Cryptography;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// A mark that tells one conditional write from every other, stored with the item it wrote. When DynamoDB applied a write but
/// its answer was lost, the SDK retries the same request and the condition the first attempt changed now fails; reading the
/// item back and finding this mark says the write was ours after all (issue 18: a budget unit counted twice, a claim and an
/// alert's opening taken for another run's). A random prefix per process and a counter make it unique across every Lambda
/// environment without coordination; the randomness only names, it decides nothing.
/// </summary>
internal static class WriteToken
{
    public const string Attribute = "writeToken";

    private static readonly string Process = RandomNumberGenerator.GetHexString(16, lowercase: true);
    private static long _next;

    public static string Next() => $"{Process}-{Interlocked.Increment(ref _next)}";
}
