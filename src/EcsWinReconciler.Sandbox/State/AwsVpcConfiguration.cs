namespace EcsWinReconciler.Sandbox.State;

/// <summary>A service's or RunTask's <c>networkConfiguration.awsvpcConfiguration</c>: where task ENIs go.</summary>
public sealed record AwsVpcConfiguration(IReadOnlyList<string> Subnets, IReadOnlyList<string> SecurityGroups, string AssignPublicIp = "DISABLED")
{
    public bool SameAs(AwsVpcConfiguration other) =>
        Subnets.SequenceEqual(other.Subnets) && SecurityGroups.SequenceEqual(other.SecurityGroups) && AssignPublicIp == other.AssignPublicIp;
}
