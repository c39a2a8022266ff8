using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Sts;

/// <summary>
/// The one STS operation the sandbox answers (Query protocol, 2011-06-15): GetCallerIdentity, so <c>ewr except add</c> can
/// record who added an exception. The caller is an IAM user of the sandbox account named after the access key it signed with.
/// </summary>
internal static class StsApi
{
    public static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static ApiResponse Handle(string operation, string? authorization, string requestId)
    {
        if (operation != "GetCallerIdentity")
        {
            throw new ApiException("InvalidAction", $"Could not find operation {operation} for version 2011-06-15");
        }

        var user = AccessKey(authorization) ?? "anonymous";
        var response = new XElement(Ns + "GetCallerIdentityResponse",
            new XElement(Ns + "GetCallerIdentityResult",
                new XElement(Ns + "Arn", $"arn:aws:iam::{SandboxAccount.AccountId}:user/{user}"),
                new XElement(Ns + "UserId", "AIDA" + user.ToUpperInvariant()),
                new XElement(Ns + "Account", SandboxAccount.AccountId)),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", requestId)));
        return ApiResponse.Text(200, ApiResponse.Xml, Ec2Xml.Document(response));
    }

    /// <summary>The access key id of a SigV4 header (<c>Credential=AK/date/region/sts/aws4_request</c>).</summary>
    private static string? AccessKey(string? authorization)
    {
        const string Marker = "Credential=";
        var at = authorization?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var rest = authorization![(at + Marker.Length)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? rest[..slash] : null;
    }
}
