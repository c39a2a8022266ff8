using Amazon.Runtime;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Internal.Util;

namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The signer AWSSDK.Core's pipeline calls for our ECS and SNS requests: it maps the SDK's request onto
/// <see cref="SigV4Signer"/> and puts the resulting headers back. Credentials come from the SDK's identity
/// resolution (explicit keys or the default chain), the clock from a <see cref="TimeProvider"/> plus the SDK's
/// per-endpoint clock-skew correction.
/// </summary>
/// <remarks>
/// Only <c>host</c>, <c>content-type</c> and <c>x-amz-*</c> headers are signed: the SDK adds retry bookkeeping
/// (<c>amz-sdk-request: attempt=N</c>) and a user agent that change between attempts or may be rewritten on the way.
/// </remarks>
internal sealed class SigV4PipelineSigner(TimeProvider timeProvider) : AbstractAWSSigner
{
    public override ClientProtocol Protocol => ClientProtocol.RestProtocol;

    public override void Sign(IRequest request, IClientConfig clientConfig, RequestMetrics metrics, BaseIdentity identity) =>
        Apply(request, clientConfig, Keys(identity).GetCredentials());

    public override async Task SignAsync(IRequest request, IClientConfig clientConfig, RequestMetrics metrics, BaseIdentity identity, CancellationToken token = default) =>
        Apply(request, clientConfig, await Keys(identity).GetCredentialsAsync().ConfigureAwait(false));

    internal static SigV4Request ToSigV4Request(IRequest request)
    {
        var uri = RequestUri(request);
        var headers = request.Headers
            .Where(h => IsSigned(h.Key))
            .Select(h => new KeyValuePair<string, string>(h.Key, h.Value))
            .ToList();
        return new SigV4Request(request.HttpMethod, uri.Authority, uri.AbsolutePath, [], headers, request.Content ?? []);
    }

    private static AWSCredentials Keys(BaseIdentity identity) =>
        identity as AWSCredentials ?? throw new AmazonClientException($"SigV4 needs AWS credentials, got {identity?.GetType().Name ?? "none"}");

    private static bool IsSigned(string name) =>
        name.Equals("content-type", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase);

    private static Uri RequestUri(IRequest request)
    {
        var basePath = request.Endpoint.AbsolutePath.TrimEnd('/');
        var resource = string.IsNullOrEmpty(request.ResourcePath) ? "/" : "/" + request.ResourcePath.TrimStart('/');
        return new UriBuilder(request.Endpoint) { Path = basePath + resource, Query = string.Empty }.Uri;
    }

    private void Apply(IRequest request, IClientConfig config, ImmutableCredentials keys)
    {
        var region = config.AuthenticationRegion ?? config.RegionEndpoint?.SystemName
            ?? throw new AmazonClientException("no region to sign for: set AwsSettings.Region, AWS_REGION or AWS_DEFAULT_REGION");
        var service = config.AuthenticationServiceName
            ?? throw new AmazonClientException("the client config names no signing service");
        var skew = config.DisableClockSkewCorrection ? TimeSpan.Zero : CorrectClockSkew.GetClockCorrectionForEndpoint(request.Endpoint.ToString());
        var credentials = new SigV4Credentials(keys.AccessKey, keys.SecretKey, keys.UseToken ? keys.Token : null);
        var signature = SigV4Signer.Sign(ToSigV4Request(request), credentials, region, service, timeProvider.GetUtcNow() + skew);
        foreach (var (name, value) in signature.HeadersToAdd)
        {
            request.Headers[name] = value;
        }
    }
}
