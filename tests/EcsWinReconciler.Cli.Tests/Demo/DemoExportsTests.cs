using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Demo;

namespace EcsWinReconciler.Cli.Tests.Demo;

public sealed class DemoExportsTests
{
    [Fact]
    public void Lines_OneEndpointForEveryServiceAndTheStacksNames()
    {
        var lines = DemoExports.Lines(new Uri("http://127.0.0.1:4566/"), new DynamoTableNames("S", "T"), "arn:aws:sns:us-east-1:111122223333:t");

        Assert.Equal(
            [
                "export AWS_ENDPOINT_URL=http://127.0.0.1:4566",
                "export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1",
                "export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox",
                "export EWR_SPECS_TABLE=S EWR_STATE_TABLE=T",
                "export EWR_ALERT_TOPIC_ARN=arn:aws:sns:us-east-1:111122223333:t",
            ],
            lines);
    }

    [Fact]
    public void Tries_AwsCli_PassesTheEndpointAsAnOption()
    {
        // AWS CLI 2.9 (Debian's) ignores AWS_ENDPOINT_URL: what the demo suggests must work with it.
        Assert.All(DemoExports.Tries("win-prod").Where(t => t.StartsWith("aws ", StringComparison.Ordinal)),
            t => Assert.Contains("--endpoint-url \"$AWS_ENDPOINT_URL\"", t, StringComparison.Ordinal));
    }
}
