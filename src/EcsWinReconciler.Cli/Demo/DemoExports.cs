using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// The shell lines that point ewr and the AWS CLI at a kept-running demo: one endpoint for all four services, its
/// region, throwaway keys (the sandbox checks that calls are signed, not by whom), the tables and the topic.
/// </summary>
internal static class DemoExports
{
    public static IReadOnlyList<string> Lines(Uri endpoint, DynamoTableNames tables, string topicArn)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(tables);
        var url = endpoint.ToString().TrimEnd('/');
        return
        [
            $"export AWS_ENDPOINT_URL={url}",
            $"export AWS_REGION={SandboxAccount.Region} AWS_DEFAULT_REGION={SandboxAccount.Region}",
            "export AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox",
            $"export EWR_SPECS_TABLE={tables.Specs} EWR_STATE_TABLE={tables.State}",
            $"export EWR_ALERT_TOPIC_ARN={topicArn}",
        ];
    }

    /// <summary>What to try once the lines are pasted. AWS CLI 2.9 (Debian's) ignores AWS_ENDPOINT_URL, so it is passed.</summary>
    public static IReadOnlyList<string> Tries(string cluster) =>
    [
        "ewr status",
        "ewr alerts",
        "ewr spec list",
        $"ewr explain TASK --cluster {cluster}   # TASK: an id 'ewr status' prints",
        $"ewr reconcile --cluster {cluster} --dry-run",
        "aws --endpoint-url \"$AWS_ENDPOINT_URL\" ecs list-clusters",
        $"aws --endpoint-url \"$AWS_ENDPOINT_URL\" ecs list-tasks --cluster {cluster}",
        "aws --endpoint-url \"$AWS_ENDPOINT_URL\" dynamodb list-tables",
    ];
}
