using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Multi-document YAML, JSON input, scalar typing and syntax errors.</summary>
public class SpecReaderFormatTests
{
    private const string JsonSpec = """
        {
          "apiVersion": "ecswin.reconciler/v1",
          "kind": "TaskNetworkSpec",
          "metadata": { "name": "json-spec" },
          "spec": {
            "selector": { "cluster": "win-prod", "family": "web" },
            "securityGroups": {
              "ids": ["sg-0123456789abcdef0"],
              "requiredIngress": [{ "protocol": "tcp", "ports": 80, "cidr": "10.0.0.0/8" }, { "protocol": 6, "ports": "443", "cidr": "10.0.0.0/8" }]
            },
            "dns": { "vpcDnsSupport": true }
          }
        }
        """;

    [Fact]
    public void Read_MultiDocumentYaml_GivesOneSpecPerDocumentAndSkipsEmptyOnes()
    {
        var text = SpecSamples.Minimal + "\n---\n" + SpecSamples.Readme + "\n---\n";

        var result = SpecRead.Text(text);

        Assert.True(result.IsValid);
        Assert.Equal(["minimal", "iis-webserver"], result.Specs.Select(s => s.Spec.Name));
        Assert.Equal([0, 1], result.Specs.Select(s => s.DocumentIndex));
        Assert.Equal(10, result.Specs[1].Document.Line);
    }

    [Fact]
    public void Read_OneBadDocument_StillYieldsTheOthers()
    {
        var text = SpecSamples.Minimal + "\n---\n" + SpecSamples.Minimal.Replace("name: minimal", "name: Bad_Name", StringComparison.Ordinal);

        var result = SpecRead.Text(text);

        Assert.Equal("minimal", Assert.Single(result.Specs).Spec.Name);
        var error = Assert.Single(result.Errors);
        Assert.Equal("metadata.name", error.Path);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Read_Json_ReadsNumbersAndQuotedNumbersAlikeForPortsAndProtocols()
    {
        var spec = SpecRead.Valid(JsonSpec);

        var rules = spec.Spec.SecurityGroups!.RequiredIngress;
        Assert.Equal(PortRange.Single(80), rules[0].Permission.Ports);
        Assert.Equal(PortRange.Single(443), rules[1].Permission.Ports);
        Assert.Equal(IpProtocol.Tcp, rules[1].Permission.Protocol);
        Assert.True(spec.Spec.Dns!.VpcDnsSupport);
    }

    [Fact]
    public void Read_JsonQuotedBoolean_IsAStringAndRejected()
    {
        var error = SpecRead.SingleError(JsonSpec.Replace("\"vpcDnsSupport\": true", "\"vpcDnsSupport\": \"true\"", StringComparison.Ordinal));

        Assert.Equal("spec.dns.vpcDnsSupport: expected true or false, got the string \"true\"", error.Text);
        Assert.Equal((11, 31), (error.Line, error.Column));
    }

    [Fact]
    public void Read_JsonUnknownField_HasItsPosition()
    {
        var error = SpecRead.SingleError(JsonSpec.Replace("\"dns\": {", "\"dnss\": {", StringComparison.Ordinal));

        Assert.Equal("spec.dnss: unknown field; did you mean \"dns\"?", error.Text);
        Assert.Equal((11, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Read_JsonSyntaxError_ReportsWhereItIs()
    {
        var error = SpecRead.SingleError(JsonSpec.Replace("\"kind\": \"TaskNetworkSpec\",", "\"kind\": \"TaskNetworkSpec\"", StringComparison.Ordinal));

        Assert.Equal("", error.Path);
        Assert.StartsWith("the text is not valid YAML or JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Read_YamlSyntaxError_ReportsWhereItIs()
    {
        var error = SpecRead.SingleError("apiVersion: ecswin.reconciler/v1\nkind: TaskNetworkSpec\nmetadata:\n  name: x\n name: y\n");

        Assert.StartsWith("the text is not valid YAML or JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal((5, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Read_SyntaxErrorInSecondDocument_KeepsTheFirst()
    {
        var result = SpecRead.Text(SpecSamples.Minimal + "\n---\nkey: [unclosed\n");

        Assert.Single(result.Specs);
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("suspend: yes", "spec.suspend: expected true or false, got \"yes\"")]
    [InlineData("suspend: 'true'", "spec.suspend: expected true or false, got the string \"true\"")]
    [InlineData("suspend: True", "spec.suspend: expected true or false, got \"True\"")]
    [InlineData("eni: { publicIp: no }", "spec.eni.publicIp: \"no\" is not one of forbidden, any")]
    public void Read_Yaml11Typing_DoesNotApply(string fragment, string expected) =>
        Assert.Equal(expected, SpecRead.SingleError(SpecSamples.WithSpec(fragment)).Text);

    [Fact]
    public void Read_NumericFamily_IsTakenAsWritten() =>
        Assert.Equal("0123", SpecRead.Valid(SpecSamples.Minimal.Replace("family: \"*\"", "family: 0123", StringComparison.Ordinal)).Spec.Selector.Family);

    [Fact]
    public void Read_RootIsAList_SaysWhatADocumentIs()
    {
        var error = SpecRead.SingleError("- a\n- b\n");

        Assert.Equal("", error.Path);
        Assert.Equal("expected a TaskNetworkSpec document (apiVersion, kind, metadata, spec), got a list", error.Message);
    }

    [Fact]
    public void Read_EmptyText_GivesNothing()
    {
        var result = SpecRead.Text("# only a comment\n");

        Assert.Empty(result.Specs);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Read_UnknownAlias_IsAnError()
    {
        var texts = SpecRead.ErrorTexts(SpecSamples.WithSpec("eni: { subnets: *nowhere }"));

        Assert.Contains("spec.eni.subnets: refers to the anchor &nowhere, which is not defined before it", texts);
    }

    [Fact]
    public void Read_DeepNesting_IsRejectedNotOverflowed()
    {
        var deep = new string('[', 5000) + new string(']', 5000);

        var texts = SpecRead.ErrorTexts(SpecSamples.WithSpec($"eni: {{ subnets: {deep} }}"));

        Assert.Contains(texts, t => t.Contains("is nested more than 32 levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NonScalarKey_IsAnError()
    {
        var texts = SpecRead.ErrorTexts(SpecSamples.WithSpec("eni: { [a, b]: c }"));

        Assert.Contains("spec.eni: has a key that is a list; keys must be plain names", texts);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\u2028")]
    public void Read_PlainValueBrokenAtTheLeftMarginInAFlowList_IsASyntaxErrorNotACrash(string lineBreak)
    {
        // YamlDotNet 16.3 throws InvalidOperationException here; the reader reports it with a position.
        var error = SpecRead.SingleError(SpecSamples.Minimal + $"\n  eni: {{ subnets: [subnet-0a1b2c3d{lineBreak}subnet-0a1b2c3e] }}");

        Assert.Equal("the text is not valid YAML or JSON: a value breaks across lines inside [...] or {...}; put it on one line or quote it", error.Message);
        Assert.Equal((9, 19), (error.Line, error.Column));
    }

    [Fact]
    public void Read_TabIndentation_Issue13_IsReportedWhereTheTabIs()
    {
        var error = SpecRead.SingleError("apiVersion: ecswin.reconciler/v1\nkind: TaskNetworkSpec\nmetadata:\n\tname: x\n");

        Assert.Equal("a tab indents this line; YAML indents with spaces only", error.Message);
        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Read_JsonIndentedWithTabs_StillReads()
    {
        var result = SpecRead.Text(JsonSpec.Replace("  ", "\t", StringComparison.Ordinal));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Read_BinaryInput_Issue13_SaysItIsNotText()
    {
        var error = SpecRead.SingleError("PK\u0003\u0004\u0014\u0000\u0008");

        Assert.Equal("the file is not text (control character U+0003); spec files are YAML or JSON in UTF-8", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }
}
