using Amazon.EC2;
using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Sts;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>Real SDK clients for a world: the hub's long-term test key, or a member's session assumed as the hub does.</summary>
internal static class WorldClients
{
    public static AWSCredentials HubKeys { get; } = new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key");

    /// <summary>AssumeRole of <see cref="TwoMembers.RoleName"/> in <paramref name="account"/> through the real STS client, with the hub's keys.</summary>
    public static async Task<Credentials> AssumeAsync(SandboxHost host, string account)
    {
        using var sts = StsClients.For(host);
        var answer = await sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = $"arn:aws:iam::{account}:role/{TwoMembers.RoleName}",
            RoleSessionName = "ewr-hub",
            ExternalId = TwoMembers.ExternalId,
        });
        return answer.Credentials;
    }

    public static AWSCredentials Session(Credentials credentials) =>
        new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);

    public static AmazonEC2Client Ec2(SandboxHost host, string region, AWSCredentials? credentials = null) =>
        new(credentials ?? HubKeys, new AmazonEC2Config { ServiceURL = host.Endpoint.ToString(), AuthenticationRegion = region, MaxErrorRetry = 0 });

    /// <summary>The ENI ids a world holds now.</summary>
    public static IReadOnlyList<string> EniIds(SandboxAdmin world) => world.State.Read(w => w.NetworkInterfaces.Keys.ToList());
}
