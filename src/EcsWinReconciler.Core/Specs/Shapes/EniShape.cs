namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The task ENI's placement and public address.</summary>
internal static class EniShape
{
    /// <summary>awsvpcConfiguration takes at most 16 subnets (docs/FACTS.md §3.1).</summary>
    public const int MaxSubnets = 16;

    public static Field<ListShape<ScalarShape<string>>> Subnets { get; } = new(
        "subnets",
        new ListShape<ScalarShape<string>>(NetworkScalars.SubnetId)
        {
            ItemsNoun = "subnet ids",
            MaxItems = MaxSubnets,
            MaxReason = "an awsvpc task takes at most 16 subnets",
            UniqueItems = true,
        },
        "The subnets the task ENI may be in; empty or omitted allows any subnet.");

    // EC2-launch-type awsvpc tasks never get a public IP (docs/FACTS.md §3.1), so "required" could never be met.
    public static ScalarField<PublicIpPolicy> PublicIp { get; } = new(
        "publicIp",
        Scalars.OneOf(
            new EnumMember<PublicIpPolicy>("forbidden", PublicIpPolicy.Forbidden),
            new EnumMember<PublicIpPolicy>("any", PublicIpPolicy.Any),
            new EnumMember<PublicIpPolicy>(
                "required",
                PublicIpPolicy.Required,
                "tasks on EC2 in awsvpc mode never get a public IP address, so it could never be met; use forbidden or any")),
        SpecDefaults.PublicIp,
        "Whether the task ENI may carry a public IPv4 address: forbidden (default) or any.");

    public static Field<ScalarShape<int>> MinFreeIps { get; } = new(
        "minFreeIps",
        Scalars.WholeNumber(0, 65536),
        "Free addresses each allowed subnet must keep (every awsvpc task takes one); omitted: the service's desired count, at least 1.");

    public static ObjectShape Object { get; } = new("the task ENI's settings (subnets, publicIp, minFreeIps)", Subnets, PublicIp, MinFreeIps);
}
