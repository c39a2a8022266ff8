using System.Text.RegularExpressions;

namespace EcsWinReconciler.TestSupport.Wire;

/// <summary>The parts of a SigV4 Authorization header, for asserting that a request was signed properly.</summary>
public sealed partial record SigV4Authorization(string AccessKey, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    /// <summary>Parses <c>AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=a;b, Signature=hex</c>; null when malformed.</summary>
    public static SigV4Authorization? Parse(string? header)
    {
        var match = header is null ? null : Pattern().Match(header);
        return match is { Success: true }
            ? new SigV4Authorization(
                match.Groups["ak"].Value,
                match.Groups["date"].Value,
                match.Groups["region"].Value,
                match.Groups["service"].Value,
                match.Groups["headers"].Value.Split(';'),
                match.Groups["sig"].Value)
            : null;
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<ak>[^/]+)/(?<date>\d{8})/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+), ?Signature=(?<sig>[0-9a-f]{64})$")]
    private static partial Regex Pattern();
}
