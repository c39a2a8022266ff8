using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Sts;

/// <summary>
/// Who the credentials belong to (STS GetCallerIdentity through AWSSDK.SecurityToken, the client a hub also assumes member
/// roles with), so an exception records who added it. It needs no IAM permission. Build it with <c>AwsClientFactory.CreateStsApi</c>.
/// </summary>
public sealed class StsApiClient : IDisposable
{
    private readonly IAmazonSecurityTokenService _client;

    internal StsApiClient(IAmazonSecurityTokenService client) => _client = client;

    /// <summary>The caller's ARN (<c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>, <c>arn:aws:iam::ACCOUNT:user/NAME</c>).</summary>
    public async Task<string> CallerArnAsync(CancellationToken cancellationToken)
    {
        try
        {
            var answer = await _client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return answer.Arn is { Length: > 0 } arn
                ? arn
                : throw new AdapterException(AwsErrorFacts.Sts.Component, "GetCallerIdentity", null, "the answer carries no GetCallerIdentityResult/Arn");
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Sts, "GetCallerIdentity", null, cancellationToken) is { } failure)
        {
            throw failure.ToException();
        }
    }

    public void Dispose() => _client.Dispose();
}
