using Amazon.Runtime;
using Amazon.SecurityToken;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Sts;

/// <summary>The real AWSSDK.SecurityToken client pointed at a sandbox: the hub's long-term test key, or a session's.</summary>
internal static class StsClients
{
    public const string Member = "444455556666";
    public const string MemberWithoutRole = "777788889999";
    public const string RoleName = "ewr-member";
    public const string ExternalId = "ext-0123456789";

    public static string RoleArn(string account) => $"arn:aws:iam::{account}:role/{RoleName}";

    public static AmazonSecurityTokenServiceClient For(SandboxHost host, AWSCredentials? credentials = null) =>
        new(credentials ?? new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key"), new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = host.Endpoint.ToString(),
            AuthenticationRegion = SandboxAccount.Region,
            MaxErrorRetry = 0,
        });

    /// <summary>A hub with one member that deployed member.yaml and one that did not.</summary>
    public static void AddMembers(SandboxHost host)
    {
        host.Accounts.AddMember(Member, RoleName, ExternalId);
        host.Accounts.AddMemberWithoutRole(MemberWithoutRole);
    }
}
