namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>A spec with a mistake in every section reports all of them at once, in document order.</summary>
public class SpecReaderManyMistakesTests
{
    private const string Bad = """
        apiVersion: ecswin.reconciler/v2
        kind: TaskNetworkSpec
        metadata: { name: Web_Server, labels: { team: web } }
        spec:
          selector: { cluster: win-prod }
          platform: linux
          eni:
            subnet: [subnet-0a1b2c3d]
            publicIp: required
          securityGroups:
            ids: [sg-12, sg-0123456789abcdef0, sg-0123456789abcdef0]
            requiredIngress:
              - { protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }
              - { protocol: icmp, ports: 80, cidr: 10.0.0.1/8 }
              - { protocol: udp, source: pl-12345678 }
          dns:
            vpcDnsSupport: "true"
            servers: [amazonprovideddns, 10.0.0.10, 10.0.0.11, 10.0.0.12, 10.0.0.13]
            domainName: a.com, b.com
          remediation: { dns: replace-task }
          alerts: { reminderInterval: 45d, severity: hihg }
        """;

    // Positions checked by hand: line 14 is "      - { protocol: icmp, ports: 80, cidr: 10.0.0.1/8 }",
    // so ports' value starts at column 34 and the cidr's at 44.
    [Fact]
    public void Read_SpecWithManyMistakes_ReportsEveryOneInDocumentOrder()
    {
        var result = SpecRead.Text(Bad);

        Assert.Empty(result.Specs);
        Assert.Equal(
            [
                "apiVersion@1:13",
                "metadata.name@3:19",
                "spec.selector@5:13",
                "spec.platform@6:13",
                "spec.eni.subnet@8:5",
                "spec.eni.publicIp@9:15",
                "spec.securityGroups.ids[0]@11:11",
                "spec.securityGroups.ids[2]@11:40",
                "spec.securityGroups.requiredIngress[0]@13:9",
                "spec.securityGroups.requiredIngress[1].ports@14:34",
                "spec.securityGroups.requiredIngress[1].cidr@14:44",
                "spec.securityGroups.requiredIngress[2]@15:9",
                "spec.dns.vpcDnsSupport@17:20",
                "spec.dns.servers@18:14",
                "spec.dns.servers[0]@18:15",
                "spec.dns.domainName@19:17",
                "spec.remediation.dns@20:23",
                "spec.alerts.reminderInterval@21:31",
                "spec.alerts.severity@21:46",
            ],
            result.Errors.Select(e => $"{e.Path}@{e.Line}:{e.Column}"));
    }

    [Fact]
    public void Read_SpecWithManyMistakes_MessagesReadAsSentences()
    {
        var texts = SpecRead.ErrorTexts(Bad);

        Assert.Contains("spec.selector: missing required field \"family\"", texts);
        Assert.Contains("spec.securityGroups.requiredIngress[0]: tcp 3389 from 0.0.0.0/0 is forbidden by the default forbiddenIngress (tcp 3389 from 0.0.0.0/0)", texts);
        Assert.Contains("spec.dns.servers: has 5 items, more than 4 (a DHCP option set holds at most 4 DNS servers)", texts);
        Assert.All(SpecRead.Text(Bad).Errors, e => Assert.Equal(SpecRead.Source, e.Source));
    }
}
