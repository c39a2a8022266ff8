using System.Text;

namespace EcsWinReconciler.TestSupport.Wire;

/// <summary>One request the loopback server received, kept for assertions.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The form fields of a Query-protocol body (EC2, SNS): <c>Action=…&amp;Version=…</c>.</summary>
    public IReadOnlyDictionary<string, string> FormFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in BodyText.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            fields[key] = value;
        }

        return fields;
    }
}
