using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EcsWinReconciler.Aws.Signing;

/// <summary>
/// The pipeline step that picks the auth scheme for our ECS and SNS calls: SigV4 only, signed by
/// <see cref="SigV4PipelineSigner"/>. The base class resolves the identity (explicit credentials or the SDK's
/// default chain) before the signer runs.
/// </summary>
internal sealed class SigV4AuthHandler(SigV4PipelineSigner signer) : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;

    protected override ISigner GetSigner(IAuthScheme<BaseIdentity> authScheme) => signer;
}
