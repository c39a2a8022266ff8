namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Spec texts shared by the tests. <see cref="Readme"/> is the example in the brief and README.</summary>
internal static class SpecSamples
{
    public const string Readme = """
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata: { name: iis-webserver, labels: { team: web }, description: "..." }
        spec:
          selector: { cluster: win-prod, family: iis-webserver }   # family "*" = cluster default
          platform: windows                 # only value; default windows
          suspend: false                    # optional; suspended specs select tasks but nothing is judged
          eni:
            subnets: [subnet-0a1b2c3d4e5f60718]   # empty/omitted = any subnet
            publicIp: forbidden             # forbidden (default) | required | any
          securityGroups:
            match: exact                    # exact (default) | superset
            ids: [sg-0123456789abcdef0]
            forbiddenIngress:  [{ protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }, { protocol: tcp, ports: 5985-5986, cidr: "::/0" }]
            requiredIngress:   [{ protocol: tcp, ports: 80, source: sg-0fedcba9876543210, group: sg-0123456789abcdef0 }]
          dns:
            vpcDnsSupport: true
            vpcDnsHostnames: true
            servers: [AmazonProvidedDNS]    # or AD DCs [10.0.0.10, 10.0.1.10]; max 4 (DHCP limit)
            domainName: corp.example.com
            privateDnsName: required        # required | any (default)
          remediation:
            mode: alert                     # alert | dry-run | remediate — default for the groups below
            securityGroups: remediate       # alert | dry-run | remediate | replace-task
            eni: replace-task               # alert | dry-run | remediate | replace-task
            dns: alert                      # alert | dry-run | remediate  (replace-task is an error here)
          alerts: { severity: high, reminderInterval: 24h }   # low|medium(default)|high|critical; 30m / 6h / 1d, default 24h
        """;

    /// <summary>Every field the language has, at least once (rules with both kinds of source, in both lists).</summary>
    public static string Full { get; } = Readme
        .Replace("family: iis-webserver }", "family: iis-webserver, account: \"444455556666\", region: eu-west-1 }", StringComparison.Ordinal)
        .Replace(
            "{ protocol: tcp, ports: 5985-5986, cidr: \"::/0\" }]",
            "{ protocol: tcp, ports: 5985-5986, cidr: \"::/0\" }, { protocol: udp, ports: 137-139, source: pl-0123abcd }]",
            StringComparison.Ordinal)
        .Replace(
            "group: sg-0123456789abcdef0 }]",
            "group: sg-0123456789abcdef0 }, { protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }]",
            StringComparison.Ordinal)
        .Replace("    publicIp: forbidden ", "    minFreeIps: 10\n    publicIp: forbidden ", StringComparison.Ordinal)
        .Replace("  remediation:\n", "  activeDirectory: { domainControllers: [10.0.0.10, 10.0.1.10], domain: corp.example.com }\n  remediation:\n", StringComparison.Ordinal)
        .Replace("alerts: { severity: high, reminderInterval: 24h }", "alerts: { severity: high, reminderInterval: 24h, severities: { dns.path: critical, host.awsvpc-ready: medium } }\n"
            + "  exceptions: [{ check: sg.forbidden-ingress, resource: sg-0123456789abcdef0, reason: bastion RDP, expires: 2027-01-31, ticket: CHG-4711, "
            + "by: ana, added: \"2026-12-05T10:00:00Z\" }]", StringComparison.Ordinal);

    /// <summary>The smallest valid spec: everything else defaults or is not checked.</summary>
    public const string Minimal = """
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata:
          name: minimal
        spec:
          selector:
            cluster: win-prod
            family: "*"
        """;

    /// <summary>A minimal document with <paramref name="spec"/> (indented two spaces, under spec:) after the selector.</summary>
    public static string WithSpec(string spec) => $"""
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata:
          name: sample
        spec:
          selector:
            cluster: win-prod
            family: web
        {Indent(spec, "  ")}
        """;

    private static string Indent(string text, string prefix) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : prefix + line));
}
