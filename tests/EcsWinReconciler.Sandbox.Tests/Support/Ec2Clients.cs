using Amazon.EC2;
using Amazon.Runtime;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>The real AWSSDK.EC2 client pointed at a sandbox (fake credentials; no retries unless asked).</summary>
public static class Ec2Clients
{
    public static AmazonEC2Client For(SandboxHost host, int retries = 0) =>
        new(new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key"), new AmazonEC2Config
        {
            ServiceURL = host.Endpoint.ToString(),
            AuthenticationRegion = SandboxAccount.Region,
            MaxErrorRetry = retries,
        });
}
