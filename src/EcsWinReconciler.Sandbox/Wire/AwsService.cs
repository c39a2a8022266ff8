namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>The services the sandbox speaks, by their SigV4 signing names.</summary>
public enum AwsService
{
    Ec2,
    Ecs,
    Sns,
    Route53Resolver,
    Sts,
    Sqs,
}

/// <summary>Signing names (<c>ec2</c>, <c>ecs</c>, <c>sns</c>, <c>route53resolver</c>, <c>sqs</c>, <c>sts</c>), as in the SigV4 credential scope.</summary>
public static class AwsServiceNames
{
    public static string Name(this AwsService service) => service switch
    {
        AwsService.Ec2 => "ec2",
        AwsService.Ecs => "ecs",
        AwsService.Sns => "sns",
        AwsService.Route53Resolver => "route53resolver",
        AwsService.Sts => "sts",
        AwsService.Sqs => "sqs",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "unknown service"),
    };

    public static AwsService? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "ec2" => AwsService.Ec2,
        "ecs" => AwsService.Ecs,
        "sns" => AwsService.Sns,
        "route53resolver" => AwsService.Route53Resolver,
        "sts" => AwsService.Sts,
        "sqs" => AwsService.Sqs,
        _ => null,
    };
}
