using System.Text.RegularExpressions;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// Requires a well-formed SigV4 Authorization header scoped to a well-formed region (<see cref="RegionName"/>) and the
/// called service. Any credentials pass: the signature itself is not verified. Errors are each service's own [UNCERTAIN statuses,
/// see the report].
/// </summary>
internal static partial class SigV4Check
{
    /// <summary>The service named in the credential scope, or null when the header is absent or malformed.</summary>
    public static string? ScopeService(string? authorization) =>
        authorization is not null && Header().Match(authorization) is { Success: true } m ? m.Groups["service"].Value : null;

    /// <summary>The access key id the call is signed with, or null when the header is absent or malformed.</summary>
    public static string? AccessKey(string? authorization) =>
        authorization is not null && Header().Match(authorization) is { Success: true } m ? m.Groups["ak"].Value : null;

    /// <summary>The region named in the credential scope when it is well formed, else null.</summary>
    public static string? Region(string? authorization) =>
        authorization is not null && Header().Match(authorization) is { Success: true } m && RegionName.IsValid(m.Groups["region"].Value) ? m.Groups["region"].Value : null;

    public static void Require(AwsService service, string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            throw Missing(service);
        }

        var match = Header().Match(authorization);
        if (!match.Success)
        {
            throw Incomplete(service, "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters (AWS4-HMAC-SHA256).");
        }

        if (!RegionName.IsValid(match.Groups["region"].Value))
        {
            throw Incomplete(service, $"Credential should be scoped to a valid region, not '{match.Groups["region"].Value}'.");
        }

        if (match.Groups["service"].Value != service.Name())
        {
            throw Incomplete(service, $"Credential should be scoped to correct service: '{service.Name()}'.");
        }
    }

    private static ApiException Missing(AwsService service) => service switch
    {
        AwsService.Ec2 => new ApiException("MissingAuthenticationToken", "The request must contain either a valid (registered) AWS access key ID or X.509 certificate.", 401),
        AwsService.Ecs or AwsService.Route53Resolver or AwsService.Sqs => new ApiException("MissingAuthenticationTokenException", "Missing Authentication Token"),
        _ => new ApiException("MissingAuthenticationToken", "Request must contain either a valid (registered) AWS access key ID or X.509 certificate.", 403),
    };

    private static ApiException Incomplete(AwsService service, string message) => service switch
    {
        AwsService.Ec2 => new ApiException("AuthFailure", message, 401),
        AwsService.Ecs or AwsService.Route53Resolver or AwsService.Sqs => new ApiException("IncompleteSignatureException", message),
        _ => new ApiException("IncompleteSignature", message),
    };

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<ak>[^/\s]+)/(?<date>\d{8})/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+), ?Signature=(?<sig>[0-9a-f]{64})$")]
    private static partial Regex Header();
}
