namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>The services the sandbox speaks, by their SigV4 signing names.</summary>
public enum AwsService
{
    Ec2,
    Ecs,
    Sns,
}

/// <summary>Signing names (<c>ec2</c>, <c>ecs</c>, <c>sns</c>), as in the SigV4 credential scope.</summary>
public static class AwsServiceNames
{
    public static string Name(this AwsService service) => service switch
    {
        AwsService.Ec2 => "ec2",
        AwsService.Ecs => "ecs",
        AwsService.Sns => "sns",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "unknown service"),
    };

    public static AwsService? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "ec2" => AwsService.Ec2,
        "ecs" => AwsService.Ecs,
        "sns" => AwsService.Sns,
        _ => null,
    };
}
