using System.Globalization;
using System.Text;

namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The canonical forms of SigV4 (path, query, headers), as the AWS test suite defines them: RFC 3986 encoding
/// of everything but the unreserved characters, pairs sorted by encoded key then value, header values trimmed
/// with inner whitespace runs collapsed, repeated headers joined with commas in request order.
/// </summary>
public static class SigV4Canonical
{
    public static string UriEncode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b) || (keepSlash && b == '/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The canonical URI; with <paramref name="normalize"/>, dot segments and empty segments are removed.</summary>
    public static string Path(string wirePath, bool normalize)
    {
        var path = string.IsNullOrEmpty(wirePath) ? "/" : wirePath;
        return UriEncode(normalize ? NormalizePath(path) : path, keepSlash: true);
    }

    public static string NormalizePath(string path)
    {
        var kept = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                kept.Add(segment);
            }
        }

        var joined = "/" + string.Join('/', kept);
        return kept.Count > 0 && path.EndsWith('/') ? joined + "/" : joined;
    }

    public static string Query(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs
            .Select(p => (Key: UriEncode(p.Key, keepSlash: false), Value: UriEncode(p.Value, keepSlash: false)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));

    /// <summary>Lower-case names in ordinal order, each with its values joined by commas (request order kept).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        [.. headers
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, string>(g.Key, string.Join(',', g.Select(h => HeaderValue(h.Value)))))];

    /// <summary>Trims the value and collapses every run of whitespace (line folds included) to one space.</summary>
    public static string HeaderValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
