using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// The pipeline step that picks the auth scheme for our ECS and SNS calls: SigV4 only, as the generated SDK clients'
/// auth-scheme handlers pick it for EC2 and DynamoDB. The base class resolves the identity (explicit credentials or
/// the default chain) and takes the scheme's signer, AWSSDK.Core's <c>AWS4Signer</c>; the SDK's <c>Signer</c>
/// step then adds the session token and signs.
/// </summary>
internal sealed class SigV4AuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
}
