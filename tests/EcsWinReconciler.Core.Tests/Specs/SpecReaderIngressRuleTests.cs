namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>One ingress rule's own rules: protocol, ports only for tcp/udp, exactly one of cidr or source.</summary>
public class SpecReaderIngressRuleTests
{
    private const string Path = "spec.securityGroups.forbiddenIngress[0]";

    private static string WithRule(string rule) =>
        SpecSamples.WithSpec($"securityGroups: {{ ids: [sg-0123456789abcdef0], forbiddenIngress: [{rule}] }}");

    [Theory]
    [InlineData("{ protocol: tpc, ports: 22, cidr: 0.0.0.0/0 }", ".protocol",
        "\"tpc\" is not an IP protocol (tcp, udp, icmp, icmpv6, all or -1, or a number 0-255); did you mean \"tcp\"?")]
    [InlineData("{ protocol: 256, cidr: 0.0.0.0/0 }", ".protocol",
        "\"256\" is not an IP protocol (tcp, udp, icmp, icmpv6, all or -1, or a number 0-255)")]
    [InlineData("{ ports: 22, cidr: 0.0.0.0/0 }", "", "missing required field \"protocol\"")]
    [InlineData("{ protocol: icmp, ports: 8, cidr: 0.0.0.0/0 }", ".ports", "ports apply only to tcp and udp; an icmp rule covers every port, so remove ports")]
    [InlineData("{ protocol: -1, ports: all, cidr: 0.0.0.0/0 }", ".ports", "ports apply only to tcp and udp; an all-traffic rule (-1) covers every port, so remove ports")]
    [InlineData("{ protocol: 47, ports: 1, cidr: 0.0.0.0/0 }", ".ports", "ports apply only to tcp and udp; a protocol 47 rule covers every port, so remove ports")]
    [InlineData("{ protocol: tcp, cidr: 0.0.0.0/0 }", "", "missing required field \"ports\": tcp rules need a port or range (e.g. 80, 5985-5986 or all)")]
    [InlineData("{ protocol: udp, ports: 90-80, cidr: 0.0.0.0/0 }", ".ports", "\"90-80\" runs backwards (90 > 80)")]
    [InlineData("{ protocol: tcp, ports: 70000, cidr: 0.0.0.0/0 }", ".ports", "\"70000\" is not a port or port range (expected 0-65535, e.g. 80 or 5985-5986)")]
    [InlineData("{ protocol: tcp, ports: 22 }", "", "needs one of cidr or source")]
    [InlineData("{ protocol: tcp, ports: 22, cidr: 0.0.0.0/0, source: sg-0123456789abcdef0 }", ".source",
        "cannot be given with cidr; give exactly one of cidr or source")]
    [InlineData("{ protocol: tcp, ports: 22, cidr: 10.0.0.1/8 }", ".cidr", "\"10.0.0.1/8\" has host bits set; did you mean 10.0.0.0/8?")]
    [InlineData("{ protocol: tcp, ports: 22, cidr: 10.0.0.0 }", ".cidr", "\"10.0.0.0\" is not a CIDR block (expected address/prefix, e.g. 10.0.0.0/16 or ::/0)")]
    [InlineData("{ protocol: tcp, ports: 22, cidr: \"2001:db8::1/32\" }", ".cidr", "\"2001:db8::1/32\" has host bits set; did you mean 2001:db8::/32?")]
    [InlineData("{ protocol: tcp, ports: 22, source: sg-xyz }", ".source", "\"sg-xyz\" is not a security group id (sg-…) or prefix list id (pl-…)")]
    [InlineData("tcp/22", "", "expected a forbidden ingress rule (protocol, ports, cidr or source), got \"tcp/22\"")]
    public void Read_BadRule_ReportsAtThePath(string rule, string pathSuffix, string message)
    {
        var errors = SpecRead.Text(WithRule(rule)).Errors;

        // A rule without ports also lacks nothing else; one mistake, one error.
        var error = Assert.Single(errors);
        Assert.Equal(Path + pathSuffix, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_MisspeltPorts_ReportsTheTypoAndTheMissingPorts() =>
        Assert.Equal(
            [
                $"{Path}: missing required field \"ports\": tcp rules need a port or range (e.g. 80, 5985-5986 or all)",
                $"{Path}.port: unknown field; did you mean \"ports\"?",
            ],
            SpecRead.ErrorTexts(WithRule("{ protocol: tcp, port: 22, cidr: 0.0.0.0/0 }")));

    [Theory]
    [InlineData("{ protocol: tcp, ports: 80, cidr: 0.0.0.0/0 }", "tcp 80 from 0.0.0.0/0")]
    [InlineData("{ protocol: tcp, ports: '80', cidr: 0.0.0.0/0 }", "tcp 80 from 0.0.0.0/0")]
    [InlineData("{ protocol: '6', ports: \"80\", cidr: 0.0.0.0/0 }", "tcp 80 from 0.0.0.0/0")]
    [InlineData("{ protocol: TCP, ports: all, cidr: 0.0.0.0/0 }", "tcp all from 0.0.0.0/0")]
    [InlineData("{ protocol: udp, ports: 5985-5986, source: pl-0123abcd }", "udp 5985-5986 from pl-0123abcd")]
    [InlineData("{ protocol: icmpv6, cidr: \"::/0\" }", "icmpv6 from ::/0")]
    public void Read_GoodRule_Normalises(string rule, string expected) =>
        Assert.Equal(expected, Assert.Single(SpecRead.Valid(WithRule(rule)).Spec.SecurityGroups!.ForbiddenIngress).ToString());
}
