using System.Text;
using System.Xml;
using System.Xml.Linq;
using EcsWinReconciler.Aws.Configuration.Transport;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Sts;

/// <summary>
/// STS GetCallerIdentity over the Query protocol (form-encoded <c>POST /</c>, XML answer, SigV4 service <c>sts</c>) on
/// AWSSDK.Core's pipeline: the ARN of whoever the credentials belong to, so an exception records who added it. It needs no
/// IAM permission. Build it with <c>AwsClientFactory.CreateStsApi</c>.
/// </summary>
public sealed class StsApiClient : IDisposable
{
    private const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private readonly ServiceClient _client;

    internal StsApiClient(ServiceClient client) => _client = client;

    /// <summary>The caller's ARN (<c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>, <c>arn:aws:iam::ACCOUNT:user/NAME</c>).</summary>
    public async Task<string> CallerArnAsync(CancellationToken cancellationToken)
    {
        var call = new ServiceCall("GetCallerIdentity", ContentType, Encoding.UTF8.GetBytes("Action=GetCallerIdentity&Version=2011-06-15"));
        try
        {
            var reply = await _client.SendAsync(call, XmlReplyUnmarshaller.Instance, cancellationToken).ConfigureAwait(false);
            return Arn(Encoding.UTF8.GetString(reply.Body))
                ?? throw new AdapterException(AwsErrorFacts.Sts.Component, "GetCallerIdentity", null, "the answer carries no GetCallerIdentityResult/Arn");
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Sts, "GetCallerIdentity", null, cancellationToken) is { } failure)
        {
            throw failure.ToException();
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Reads <c>GetCallerIdentityResponse/GetCallerIdentityResult/Arn</c> (any namespace); null when absent or not XML.</summary>
    public static string? Arn(string xml)
    {
        try
        {
            var result = XDocument.Parse(xml).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "GetCallerIdentityResult");
            var arn = result?.Elements().FirstOrDefault(e => e.Name.LocalName == "Arn")?.Value.Trim();
            return string.IsNullOrEmpty(arn) ? null : arn;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
