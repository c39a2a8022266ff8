namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>
/// Public prices the cost model uses: US East (N. Virginia), x86_64, on-demand, no free tier (an account's free tier is
/// shared with everything else in it). There is no network here: each was read from a stored copy of the page named, on
/// <see cref="ReadOn"/>. A price not found is marked assumed, with the figure used.
/// </summary>
internal static class Prices
{
    public const string ReadOn = "2026-12-05";

    public static readonly Price LambdaRequest = new(0.20 / 1e6, "Lambda, per request ($0.20 per million)",
        "https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html");

    public static readonly Price LambdaGbSecond = new(0.0000166667, "Lambda x86, per GB-second (first 6 billion GB-s a month)",
        "https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html ($0.00001667); https://cloudchipr.com/blog/aws-lambda-pricing ($0.0000166667)");

    public static readonly Price DynamoWriteUnit = new(0.625 / 1e6, "DynamoDB on-demand, per write request unit ($0.625 per million)",
        "https://airbyte.com/data-engineering-resources/dynamodb-pricing (after the reduction the AWS News Blog post of 2025-01-31 mentions)");

    public static readonly Price DynamoReadUnit = new(0.125 / 1e6, "DynamoDB on-demand, per read request unit ($0.125 per million)",
        "https://airbyte.com/data-engineering-resources/dynamodb-pricing");

    public static readonly Price DynamoStorageGbMonth = new(0.25, "DynamoDB Standard storage, per GB-month",
        "https://aws.amazon.com/dynamodb/pricing/ (\"from $0.25 per GB-month\")");

    public static readonly Price SnsPublish = new(0.50 / 1e6, "SNS standard topic, per publish ($0.50 per million)",
        "https://www.factualminds.com/blog/amazon-sns-pricing-publishes-fanout-protocols/");

    public static readonly Price SnsEmail = new(2.00 / 1e5, "SNS email delivery ($2 per 100,000)",
        "https://www.factualminds.com/blog/amazon-sns-pricing-publishes-fanout-protocols/");

    public static readonly Price EventBridgeAwsEvent = new(0, "EventBridge, events AWS services put on the default bus (ECS task state, CloudTrail API calls, schedules)",
        "https://cloudburn.io/blog/amazon-eventbridge-pricing, https://www.factualminds.com/blog/amazon-eventbridge-pricing-events-pipes-schema-archive/ (\"AWS-service events: free\")");

    public static readonly Price LogsIngestGb = new(0.50, "CloudWatch Logs Standard, ingestion per GB",
        "https://hykell.com/knowledge-base/aws-cloudwatch-logs-pricing, https://c3x.dev/blog/cloudwatch-logs-cost-optimization");

    public static readonly Price LogsStorageGbMonth = new(0.03, "CloudWatch Logs, storage per GB-month",
        "https://hykell.com/knowledge-base/aws-cloudwatch-logs-pricing");

    public static readonly Price ConfigItem = new(0.003, "AWS Config, per configuration item recorded (continuous recording)",
        "https://hykell.com/?p=3828, https://cloudgauge.app/blog/governance-cost-trap.html");

    public static readonly Price ConfigItemDaily = new(0.012, "AWS Config, per configuration item recorded (periodic, daily)",
        "AWS Price List extract, https://huggingface.co/datasets/labofsahil/aws-pricing-dataset/blob/a0f8dad4e9385bd2c722ecfa1aa01af7c5318490/AWSConfig.csv (effective 2025-04-01)");

    public static readonly Price ConfigEvaluation = new(0.001, "AWS Config, per rule evaluation (first 100,000 a month; the lower tiers beyond were not on the pages read: assumed the same, an upper bound)",
        "same AWS Price List extract (0–100,000 tier); https://hykell.com/?p=3828");

    public static IReadOnlyList<Price> All { get; } =
    [
        LambdaRequest, LambdaGbSecond, DynamoWriteUnit, DynamoReadUnit, DynamoStorageGbMonth, SnsPublish, SnsEmail, EventBridgeAwsEvent,
        LogsIngestGb, LogsStorageGbMonth, ConfigItem, ConfigItemDaily, ConfigEvaluation,
    ];
}

/// <summary>A unit price in US dollars, what it is for, and where it was read.</summary>
internal sealed record Price(double Usd, string What, string Source);
