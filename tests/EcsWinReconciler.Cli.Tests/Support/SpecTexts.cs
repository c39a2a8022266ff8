using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Support;

/// <summary>Spec documents for the seed's IIS example (the ids of the fake world), and broken ones.</summary>
internal static class SpecTexts
{
    public static string Iis(string remediation = "alert", string name = "iis-webserver", string family = Ids.Family, string severity = "medium") => $"""
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata:
          name: {name}
          labels: {"{"} team: web {"}"}
        spec:
          selector: {"{"} cluster: {Ids.ClusterName}, family: "{family}" {"}"}
          eni:
            subnets: [{Ids.SubnetA}, {Ids.SubnetB}]
            publicIp: forbidden
          securityGroups:
            match: exact
            ids: [{Ids.WebGroup}]
            requiredIngress:
              - {"{"} protocol: tcp, ports: 80, source: {Ids.AlbGroup} {"}"}
          dns:
            vpcDnsSupport: true
            vpcDnsHostnames: true
            servers: [AmazonProvidedDNS]
            domainName: corp.example.com
            privateDnsName: required
          remediation:
            mode: {remediation}
          alerts: {"{"} severity: {severity} {"}"}
        """;

    /// <summary>Four mistakes in one document: a typo'd field, a bad subnet id, a bad port range, an unknown mode.</summary>
    public const string Broken = """
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata:
          name: broken
        spec:
          selector: { cluster: win-prod, family: broken }
          eni:
            subnet: [subnet-0a1b2c3d4e5f60718]
          securityGroups:
            ids: [sg-12]
            requiredIngress:
              - { protocol: tcp, ports: 90-80, source: sg-0fedcba9876543210 }
          remediation:
            mode: fix-everything
        """;
}
