using System.Security.Cryptography;
using System.Text;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// FIFO topics (ARN ending in <c>.fifo</c>) need MessageGroupId and MessageDeduplicationId: up to 128 characters of
/// ASCII letters, digits and punctuation. An id outside that rule is replaced by its SHA-256 (64 hex characters),
/// which keeps deduplication exact.
/// </summary>
public static class SnsFifo
{
    public const int MaxIdLength = 128;

    public static bool IsFifoTopic(string topicArn) => topicArn.EndsWith(".fifo", StringComparison.Ordinal);

    public static string ToValidId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || (char.IsAscii(c) && char.IsPunctuation(c)) || (char.IsAscii(c) && char.IsSymbol(c)))
            ? id
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
