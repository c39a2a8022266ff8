using System.Net.Sockets;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// What to do about an AWS failure, in one sentence, from its error code and the exceptions under it. Pure, so
/// every branch is tested; the codes are the services' own (DynamoDB, EC2, ECS, SNS and STS spell them differently).
/// </summary>
internal static class AwsErrorHints
{
    private static readonly string[] CredentialCodes =
    [
        "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredToken", "ExpiredTokenException", "InvalidSignatureException",
        "SignatureDoesNotMatch", "AuthFailure", "MissingAuthenticationToken", "IncompleteSignature",
    ];

    private static readonly string[] PermissionCodes =
        ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "AuthorizationError"];

    public const string Credentials =
        "give ewr credentials: --profile NAME (or AWS_PROFILE; 'aws sso login --profile NAME' for SSO), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; " +
        "for the local sandbox pass --endpoint-url http://127.0.0.1:PORT and any keys (AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test)";

    public static string For(AdapterException error, Uri? endpoint)
    {
        ArgumentNullException.ThrowIfNull(error);
        var chain = Chain(error).ToList();
        if (error.ErrorCode is { } code && CredentialCodes.Contains(code, StringComparer.Ordinal) || chain.Any(MentionsCredentials))
        {
            return Credentials;
        }

        if (error.ErrorCode is { } denied && PermissionCodes.Contains(denied, StringComparer.Ordinal))
        {
            return $"the identity behind these credentials may not call {error.Operation}; use a profile with the ewr operator permissions (template.yaml lists them), or ask your AWS administrator";
        }

        if (error.ErrorCode is "ResourceNotFoundException" && error.Component == "dynamodb")
        {
            return $"the table of {error.ResourceId ?? "the store"} does not exist there: deploy the stack (sam deploy), or check --region and --profile point at the account it is in";
        }

        if (chain.Any(e => e.Message.Contains("RegionEndpoint", StringComparison.Ordinal) || e.Message.Contains("No region", StringComparison.OrdinalIgnoreCase)))
        {
            return "no AWS region is set: pass --region (e.g. --region eu-west-1) or set AWS_REGION, or give the profile a region";
        }

        if (AwsFailureText.IsTimeout(error))
        {
            return endpoint is null
                ? "AWS did not answer in time: check the network (proxy, VPN), or raise --read-timeout for a slow link"
                : $"something at {endpoint} took the connection but gave no answer: check that it is the AWS endpoint you mean (ewr demo --keep-running prints it), or raise --read-timeout";
        }

        if (chain.Any(e => e is HttpRequestException or SocketException))
        {
            return endpoint is null
                ? "AWS could not be reached: check the network (proxy, VPN) and --region"
                : $"nothing answered at {endpoint}: start the sandbox (or fix --endpoint-url), then run the command again";
        }

        return error.IsTransient
            ? "AWS refused or failed for now (throttling, a service error, a timeout): run the command again in a moment"
            : "check --profile, --region and --endpoint-url; run again with --verbose for the details";
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static bool MentionsCredentials(Exception error) =>
        error.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase) && error is not AdapterException;
}
