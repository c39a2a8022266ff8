namespace EcsWinReconciler.Aws.Configuration;

/// <summary>
/// One AWS service as the configuration sees it. <see cref="ServiceId"/> is the model's <c>serviceId</c>: AWSSDK.Core
/// reads <c>AWS_ENDPOINT_URL_&lt;SERVICEID&gt;</c> (upper case, spaces as underscores) and the profile's
/// <c>[services]</c> section by it.
/// </summary>
public sealed record AwsService(string ServiceId, string SigningName, string EndpointPrefix, string ApiVersion)
{
    public static AwsService Ec2 { get; } = new("EC2", "ec2", "ec2", "2016-11-15");

    public static AwsService Ecs { get; } = new("ECS", "ecs", "ecs", "2014-11-13");

    public static AwsService Sns { get; } = new("SNS", "sns", "sns", "2010-03-31");

    public static AwsService Route53Resolver { get; } = new("Route53Resolver", "route53resolver", "route53resolver", "2018-04-01");

    /// <summary>STS: who runs <c>ewr except add</c> (GetCallerIdentity), and the member role a hub assumes (AssumeRole, regional endpoint).</summary>
    public static AwsService Sts { get; } = new("STS", "sts", "sts", "2011-06-15");

    public static AwsService DynamoDb { get; } = new("DynamoDB", "dynamodb", "dynamodb", "2012-08-10");

    public static AwsService Sqs { get; } = new("SQS", "sqs", "sqs", "2012-11-05");

    /// <summary>The service-specific endpoint variable, e.g. <c>AWS_ENDPOINT_URL_DYNAMODB</c>.</summary>
    public string EndpointVariable => "AWS_ENDPOINT_URL_" + ServiceId.Replace(' ', '_').ToUpperInvariant();
}
