using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Binding;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Tests.Specs.Binding;

public class ObjectViewTests
{
    private static ObjectView Eni(string yaml) => Parsed.View(yaml, EniShape.Object, "spec.eni").View;

    [Fact]
    public void Read_FieldAbsent_IsAbsentWithTheDefault()
    {
        var publicIp = Eni("subnets: []").Read(EniShape.PublicIp);

        Assert.Equal((BoundState.Absent, SpecDefaults.PublicIp), (publicIp.State, publicIp.Value));
        Assert.True(publicIp.IsUsable);
    }

    [Fact]
    public void Read_FieldNull_CountsAsAbsent() => Assert.True(Eni("publicIp: ~").Read(EniShape.PublicIp).IsAbsent);

    [Fact]
    public void Read_FieldPresent_ItsValueNodeAndPath()
    {
        var publicIp = Eni("publicIp: any").Read(EniShape.PublicIp);

        Assert.Equal((BoundState.Present, PublicIpPolicy.Any, "spec.eni.publicIp"), (publicIp.State, publicIp.Value, publicIp.Path));
        Assert.NotNull(publicIp.Node);
    }

    [Fact]
    public void Read_FieldTheValidatorRejected_IsInvalidAndReportedOnlyOnce()
    {
        var (view, diagnostics) = Parsed.View("publicIp: sometimes", EniShape.Object, "spec.eni");

        var publicIp = view.Read(EniShape.PublicIp);

        Assert.True(publicIp.IsInvalid);
        Assert.False(publicIp.IsUsable);
        Assert.Single(diagnostics.Problems);
    }

    [Fact]
    public void ReadList_ValidItems_AllOfThemInOrder()
    {
        var subnets = Eni("subnets: [subnet-0a1b2c3e, subnet-0a1b2c3d]").ReadList(EniShape.Subnets);

        Assert.True(subnets.IsPresent);
        Assert.Equal(["subnet-0a1b2c3e", "subnet-0a1b2c3d"], subnets.Value);
    }

    [Fact]
    public void ReadList_OneBadItem_TheWholeListIsInvalid()
    {
        var subnets = Eni("subnets: [subnet-0a1b2c3d, vpc-0a1b2c3d]").ReadList(EniShape.Subnets);

        Assert.True(subnets.IsInvalid);
        Assert.Empty(subnets.Value);
    }

    [Fact]
    public void Report_AbsentField_AtTheObjectsOwnPath()
    {
        var (view, diagnostics) = Parsed.View("publicIp: any", EniShape.Object, "spec.eni");

        view.Report(EniShape.Subnets, "needs a subnet");

        Assert.Equal(["spec.eni: needs a subnet"], Parsed.Texts(diagnostics));
    }

    [Fact]
    public void Report_PresentField_AtTheFieldsPath()
    {
        var (view, diagnostics) = Parsed.View("subnets: []", EniShape.Object, "spec.eni");

        view.Report(EniShape.Subnets, "needs a subnet");

        Assert.Equal(["spec.eni.subnets: needs a subnet"], Parsed.Texts(diagnostics));
    }
}
