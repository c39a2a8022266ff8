namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Line and column of errors in block YAML, flow YAML and with Windows line ends.</summary>
public class SpecReaderPositionTests
{
    [Fact]
    public void Read_UnknownFieldInBlockYaml_PointsAtTheKey()
    {
        var error = SpecRead.SingleError(SpecSamples.Readme.Replace("    subnets: [", "    subnet: [", StringComparison.Ordinal));

        Assert.Equal("test.yaml:9:5: spec.eni.subnet: unknown field; did you mean \"subnets\"?", error.ToString());
    }

    [Fact]
    public void Read_BadItemInFlowList_PointsAtTheItem()
    {
        var error = SpecRead.SingleError(SpecSamples.Readme.Replace("ids: [sg-0123456789abcdef0]", "ids: [sg-0123456789abcdef0, sg-12]", StringComparison.Ordinal));

        Assert.Equal("spec.securityGroups.ids[1]", error.Path);
        Assert.Equal((13, 33), (error.Line, error.Column));
    }

    [Fact]
    public void Read_MissingRequiredField_PointsAtTheMapping()
    {
        var error = SpecRead.SingleError(SpecSamples.Readme.Replace("cluster: win-prod, ", "", StringComparison.Ordinal));

        Assert.Equal("spec.selector: missing required field \"cluster\"", error.Text);
        Assert.Equal((5, 13), (error.Line, error.Column));
    }

    [Fact]
    public void Read_WindowsLineEnds_GiveTheSameSpecAndPositions()
    {
        var crlf = SpecSamples.Readme.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(SpecRead.Valid(SpecSamples.Readme), SpecRead.Valid(crlf));
        var error = SpecRead.SingleError(crlf.Replace("publicIp: forbidden", "publicIp: required", StringComparison.Ordinal));
        Assert.Equal((10, 15), (error.Line, error.Column));
    }
}
