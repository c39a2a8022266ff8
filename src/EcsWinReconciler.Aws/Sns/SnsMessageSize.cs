using System.Text;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// SNS's size rule: the message's UTF-8 bytes plus every attribute's name, type and value count against 256 KB
/// (262,144 bytes, not characters). A larger message is refused here, with the numbers, before any call.
/// </summary>
public static class SnsMessageSize
{
    public const int MaxBytes = 262_144;

    public static int Measure(string message, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(attributes);
        return Encoding.UTF8.GetByteCount(message) + attributes.Sum(a =>
            Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(SnsMessageAttributes.DataType) + Encoding.UTF8.GetByteCount(a.Value));
    }
}
