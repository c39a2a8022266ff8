namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// How each finding reads to the person it reaches (alert e-mail, status, CLI), whole: VPC DNS attributes, the private DNS name and what causes its absence, the DHCP option set.
/// An empty readout means no finding.
/// </summary>
public class DnsFindingTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "dns: support off",
            """
            dns.vpc-support High root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: on
            actual: off
            message: VPC vpc-0a1b2c3d4e5f60718: enableDnsSupport is off: the Amazon DNS server does not answer, so tasks using AmazonProvidedDNS cannot resolve names. Turning it on is VPC-wide.
            remedy: EnableVpcAttributeRemedy
            """
        },
        {
            "dns: hostnames off",
            """
            dns.vpc-hostnames High root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: on
            actual: off
            message: VPC vpc-0a1b2c3d4e5f60718: enableDnsHostnames is off: ECS gives a Windows task its Amazon DNS hostname only when both DNS attributes are on, so the hostname is random. Turning it on is VPC-wide.
            remedy: EnableVpcAttributeRemedy
            """
        },
        {
            "dns: hostnames on, wanted off",
            """
            dns.vpc-hostnames Medium root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: off
            actual: on
            message: VPC vpc-0a1b2c3d4e5f60718 has EnableDnsHostnames on, the spec wants it off; turning it off is VPC-wide and is left to a person.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dns: no name, attributes on",
            """
            dns.private-dns-name Medium root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: a private DNS name
            actual: none
            message: Task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 has no private DNS name; ECS gives one only when the VPC has enableDnsSupport and enableDnsHostnames on (now on / on); tasks started after both are on get one.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dns: no name, support off",
            """
            dns.private-dns-name Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: a private DNS name
            actual: none
            message: Task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 has no private DNS name; ECS gives one only when the VPC has enableDnsSupport and enableDnsHostnames on (now off / off); tasks started after both are on get one.
            remedy: AlertOnlyRemedy
            caused by: dns.vpc-support@vpc:vpc-0a1b2c3d4e5f60718
            dns.vpc-hostnames High root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: on
            actual: off
            message: VPC vpc-0a1b2c3d4e5f60718: enableDnsHostnames is off: ECS gives a Windows task its Amazon DNS hostname only when both DNS attributes are on, so the hostname is random. Turning it on is VPC-wide.
            remedy: EnableVpcAttributeRemedy
            dns.vpc-support High root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: on
            actual: off
            message: VPC vpc-0a1b2c3d4e5f60718: enableDnsSupport is off: the Amazon DNS server does not answer, so tasks using AmazonProvidedDNS cannot resolve names. Turning it on is VPC-wide.
            remedy: EnableVpcAttributeRemedy
            """
        },
        {
            "dns: no name, hostnames off",
            """
            dns.private-dns-name Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: a private DNS name
            actual: none
            message: Task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 has no private DNS name; ECS gives one only when the VPC has enableDnsSupport and enableDnsHostnames on (now on / off); tasks started after both are on get one.
            remedy: AlertOnlyRemedy
            caused by: dns.vpc-hostnames@vpc:vpc-0a1b2c3d4e5f60718
            dns.vpc-hostnames High root=vpc:vpc-0a1b2c3d4e5f60718 resource=vpc-0a1b2c3d4e5f60718
            expected: on
            actual: off
            message: VPC vpc-0a1b2c3d4e5f60718: enableDnsHostnames is off: ECS gives a Windows task its Amazon DNS hostname only when both DNS attributes are on, so the hostname is random. Turning it on is VPC-wide.
            remedy: EnableVpcAttributeRemedy
            """
        },
        {
            "dns: no name, support off but not wanted",
            """
            dns.private-dns-name Medium root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: a private DNS name
            actual: none
            message: Task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 has no private DNS name; ECS gives one only when the VPC has enableDnsSupport and enableDnsHostnames on (now off / on); tasks started after both are on get one.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dhcp: wrong servers",
            """
            dns.servers High root=dhcp:dopt-0a1b2c3d4e5f60718 resource=dopt-0a1b2c3d4e5f60718
            expected: [10.0.0.10, 10.0.1.10]
            actual: [AmazonProvidedDNS, 10.0.0.10]
            message: VPC vpc-0a1b2c3d4e5f60718's DHCP options dopt-0a1b2c3d4e5f60718 hand out the wrong DNS servers (missing [10.0.1.10]; unexpected [AmazonProvidedDNS]); associate an option set with domain-name-servers=10.0.0.10,10.0.1.10 with vpc-0a1b2c3d4e5f60718, then note that a Windows task takes the DNS servers of its host's primary ENI as the ECS agent saw them at its start, so restart the agent (Restart-Service AmazonECS) or replace the hosts afterwards.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dhcp: two domain names",
            """
            dns.domain-name-multivalue High root=dhcp:dopt-0a1b2c3d4e5f60718 resource=dopt-0a1b2c3d4e5f60718
            expected: one domain name
            actual: corp.example.com | example.com
            message: DHCP options dopt-0a1b2c3d4e5f60718 give several domain names; Windows treats a multi-value domain-name as one single domain, so suffix search fails. Keep one.
            remedy: AlertOnlyRemedy
            dns.domain-name Medium root=dhcp:dopt-0a1b2c3d4e5f60718 resource=dopt-0a1b2c3d4e5f60718
            expected: corp.example.com
            actual: corp.example.com example.com
            message: DHCP options dopt-0a1b2c3d4e5f60718 give domain name corp.example.com example.com, the spec wants corp.example.com; associate an option set with domain-name=corp.example.com, then note that a Windows task takes the DNS servers of its host's primary ENI as the ECS agent saw them at its start, so restart the agent (Restart-Service AmazonECS) or replace the hosts afterwards.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dhcp: other domain name",
            """
            dns.domain-name Medium root=dhcp:dopt-0a1b2c3d4e5f60718 resource=dopt-0a1b2c3d4e5f60718
            expected: corp.example.com
            actual: example.org
            message: DHCP options dopt-0a1b2c3d4e5f60718 give domain name example.org, the spec wants corp.example.com; associate an option set with domain-name=corp.example.com, then note that a Windows task takes the DNS servers of its host's primary ENI as the ECS agent saw them at its start, so restart the agent (Restart-Service AmazonECS) or replace the hosts afterwards.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "dhcp: no domain name",
            """
            dns.domain-name Medium root=dhcp:dopt-0a1b2c3d4e5f60718 resource=dopt-0a1b2c3d4e5f60718
            expected: corp.example.com
            actual: (none)
            message: DHCP options dopt-0a1b2c3d4e5f60718 give domain name (none), the spec wants corp.example.com; associate an option set with domain-name=corp.example.com, then note that a Windows task takes the DNS servers of its host's primary ENI as the ECS agent saw them at its start, so restart the agent (Restart-Service AmazonECS) or replace the hosts afterwards.
            remedy: AlertOnlyRemedy
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_SaysWhatIsWrongWhereAndWhatToDo(string drift, string readout) => DriftScenarios.AssertReads(drift, readout);
}
