namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>eni rules: subnet ids, limits and the public IP that EC2 cannot give.</summary>
public class SpecReaderEniRuleTests
{
    private static readonly string SeventeenSubnets =
        "[" + string.Join(", ", Enumerable.Range(0, 17).Select(i => $"subnet-{i:x8}")) + "]";

    [Theory]
    [InlineData("eni: { subnet: [subnet-0a1b2c3d] }", "spec.eni.subnet", "unknown field; did you mean \"subnets\"?")]
    [InlineData("eni: { subnets: [subnet-xyz] }", "spec.eni.subnets[0]", "\"subnet-xyz\" is not a subnet id (subnet- followed by 8 or 17 hex digits)")]
    [InlineData("eni: { subnets: [subnet-0a1b2c3d, subnet-0a1b2c3d] }", "spec.eni.subnets[1]", "\"subnet-0a1b2c3d\" is listed twice (first at [0])")]
    [InlineData("eni: { subnets: subnet-0a1b2c3d }", "spec.eni.subnets", "expected a list of subnet ids, got \"subnet-0a1b2c3d\"; write a list, e.g. [subnet-0a1b2c3d]")]
    [InlineData("eni: { publicIp: required }", "spec.eni.publicIp",
        "\"required\" is not allowed here: tasks on EC2 in awsvpc mode never get a public IP address, so it could never be met; use forbidden or any")]
    [InlineData("eni: { publicIp: Forbidden }", "spec.eni.publicIp", "\"Forbidden\" is not one of forbidden, any; did you mean \"forbidden\"?")]
    [InlineData("eni: [subnet-0a1b2c3d]", "spec.eni", "expected the task ENI's settings (subnets, publicIp, minFreeIps), got a list")]
    public void Read_BadEni_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_SeventeenSubnets_ExceedsTheAwsvpcLimit()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec($"eni: {{ subnets: {SeventeenSubnets} }}"));

        Assert.Equal("spec.eni.subnets", error.Path);
        Assert.Equal("has 17 items, more than 16 (an awsvpc task takes at most 16 subnets)", error.Message);
    }

    [Fact]
    public void Read_EmptySubnetsAndAnyPublicIp_AreAllowed()
    {
        var eni = SpecRead.ValidBody("eni: { subnets: [], publicIp: any }").Eni!;

        Assert.Empty(eni.Subnets);
        Assert.Equal(Core.Specs.PublicIpPolicy.Any, eni.PublicIp);
    }
}
