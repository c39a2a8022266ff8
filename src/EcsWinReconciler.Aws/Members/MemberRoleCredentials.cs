using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Members;

/// <summary>
/// The SDK's view of one member's role credentials: every call a client signs asks the provider, which holds them
/// until shortly before they expire (the SDK's own AssumeRoleAWSCredentials loads AWSSDK.SecurityToken by reflection,
/// which Native AOT cannot do).
/// </summary>
internal sealed class MemberRoleCredentials(MemberCredentialsProvider provider, MemberTarget member) : AWSCredentials
{
    public MemberTarget Member => member;

    // The SDK's synchronous path (used by nothing of ours: every adapter call is async) still needs an answer.
    public override ImmutableCredentials GetCredentials() =>
        provider.GetAsync(member, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<ImmutableCredentials> GetCredentialsAsync() => provider.GetAsync(member, CancellationToken.None);
}
