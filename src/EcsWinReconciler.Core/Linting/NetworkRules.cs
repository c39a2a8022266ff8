using static EcsWinReconciler.Core.Linting.TaskDefinitionView;

namespace EcsWinReconciler.Core.Linting;

/// <summary>Rules about networking on Windows and in awsvpc mode.</summary>
internal static class NetworkRules
{
    private static readonly int[] ReservedWindowsPorts = [53, 139];

    public static IEnumerable<LintRule> All { get; } =
    [
        new("EWR-TD010", LintSeverity.Error, "bridge/host network modes do not exist on Windows", UnsupportedMode),
        new("EWR-TD011", LintSeverity.Warning, "Windows task not in awsvpc mode", NotAwsvpc),
        new("EWR-TD012", LintSeverity.Error, "hostPort differs from containerPort in awsvpc mode", HostPortMismatch),
        new("EWR-TD013", LintSeverity.Error, "container DNS settings are not supported on Windows or awsvpc", ContainerDns),
        new("EWR-TD014", LintSeverity.Error, "hostname is not supported in awsvpc mode", Hostname),
        new("EWR-TD015", LintSeverity.Warning, "port reserved on Windows container instances", ReservedPort),
        new("EWR-TD016", LintSeverity.Error, "links are not supported in awsvpc mode", Links),
        new("EWR-TD017", LintSeverity.Warning, "gMSA task: its spec must declare activeDirectory", GmsaNeedsDomainControllers),
    ];

    /// <summary>How a container names a gMSA credential spec: the credentialSpecs field, or the older dockerSecurityOptions entry.</summary>
    private const string CredentialSpecOption = "credentialspec:";

    private static IEnumerable<(string, string, string)> UnsupportedMode(TaskDefinitionView view)
    {
        if (view.IsWindows && view.NetworkMode is "bridge" or "host")
        {
            yield return ("networkMode", $"networkMode {view.NetworkMode} is not available on Windows hosts; Windows supports awsvpc and default (NAT).", "Use \"networkMode\": \"awsvpc\".");
        }
    }

    private static IEnumerable<(string, string, string)> NotAwsvpc(TaskDefinitionView view)
    {
        if (view.IsWindows && view.NetworkMode is null or "default" or "nat")
        {
            yield return ("networkMode", $"networkMode is {view.NetworkMode ?? "not set (default NAT on Windows)"}: the task shares the host's network and gets no ENI, security groups or VPC DNS of its own.",
                "Use \"networkMode\": \"awsvpc\" (ECS agent 1.54.0 or later, Windows Server 2019 or later AMIs).");
        }
    }

    private static IEnumerable<(string, string, string)> HostPortMismatch(TaskDefinitionView view)
    {
        if (!view.IsAwsvpc)
        {
            yield break;
        }

        foreach (var (c, container) in view.Containers())
        {
            foreach (var (p, mapping) in Array(container, "portMappings"))
            {
                if (Int(mapping, "hostPort") is { } host && Int(mapping, "containerPort") is { } port && host != port)
                {
                    yield return ($"containerDefinitions[{c}].portMappings[{p}].hostPort",
                        $"In awsvpc mode the task has its own ENI, so hostPort must be omitted or equal containerPort ({port}); {host} is rejected.",
                        $"Remove hostPort or set it to {port}.");
                }
            }
        }
    }

    private static IEnumerable<(string, string, string)> ContainerDns(TaskDefinitionView view)
    {
        if (!view.IsWindows && !view.IsAwsvpc)
        {
            yield break;
        }

        foreach (var (c, container) in view.Containers())
        {
            foreach (var field in new[] { "dnsServers", "dnsSearchDomains", "extraHosts" }.Where(f => Has(container, f)))
            {
                yield return ($"containerDefinitions[{c}].{field}",
                    $"{field} is not supported for Windows containers or awsvpc tasks; the task's DNS comes from the VPC (DHCP option set) via the host's primary ENI.",
                    "Remove it and set DNS through the VPC's DHCP option set (domain-name-servers, domain-name).");
            }
        }
    }

    private static IEnumerable<(string, string, string)> Hostname(TaskDefinitionView view)
    {
        if (!view.IsAwsvpc)
        {
            yield break;
        }

        foreach (var (c, _) in view.Containers().Where(c => Has(c.Element, "hostname")))
        {
            yield return ($"containerDefinitions[{c}].hostname",
                "hostname is not supported in awsvpc mode; ECS names the task after its ENI's private DNS name when the VPC has DNS support and hostnames on.",
                "Remove hostname; turn on enableDnsSupport and enableDnsHostnames on the VPC.");
        }
    }

    private static IEnumerable<(string, string, string)> ReservedPort(TaskDefinitionView view)
    {
        if (!view.IsWindows)
        {
            yield break;
        }

        foreach (var (c, container) in view.Containers())
        {
            foreach (var (p, mapping) in Array(container, "portMappings"))
            {
                if (Int(mapping, "containerPort") is { } port && ReservedWindowsPorts.Contains(port))
                {
                    yield return ($"containerDefinitions[{c}].portMappings[{p}].containerPort",
                        $"Port {port} is reserved by default on Windows container instances (ECS_RESERVED_PORTS: DNS 53, NetBIOS 139); tasks using it may fail to place or to bind.",
                        "Use another port, or adjust the agent's reserved ports deliberately.");
                }
            }
        }
    }

    private static IEnumerable<(string, string, string)> Links(TaskDefinitionView view)
    {
        if (!view.IsAwsvpc)
        {
            yield break;
        }

        foreach (var (c, _) in view.Containers().Where(c => Has(c.Element, "links")))
        {
            yield return ($"containerDefinitions[{c}].links", "links are not supported in awsvpc mode; containers of a task share its ENI and reach each other on localhost.", "Remove links and use localhost:port.");
        }
    }

    /// <summary>
    /// A gMSA container needs Kerberos, LDAP, SMB and RPC to its domain controllers (docs/FACTS.md §6.4); ad.path watches
    /// that path only for DCs the spec declares, so the spec of every service using this definition must name them.
    /// </summary>
    private static IEnumerable<(string, string, string)> GmsaNeedsDomainControllers(TaskDefinitionView view)
    {
        foreach (var (c, container) in view.Containers())
        {
            var path = GmsaField(container) is { } field ? $"containerDefinitions[{c}].{field}" : null;
            if (path is not null)
            {
                yield return (path,
                    "This container uses a gMSA: it needs DNS, Kerberos, LDAP, SMB and RPC to its domain controllers. ewr checks that path (ad.path) only for the domain controllers a spec declares.",
                    "In the spec of each service using this task definition, declare activeDirectory: { domainControllers: [<DC addresses>], domain: <AD domain> }.");
            }
        }
    }

    private static string? GmsaField(System.Text.Json.JsonElement container)
    {
        if (Array(container, "credentialSpecs").Any())
        {
            return "credentialSpecs";
        }

        foreach (var (o, option) in Array(container, "dockerSecurityOptions"))
        {
            if (option.ValueKind == System.Text.Json.JsonValueKind.String && option.GetString()!.StartsWith(CredentialSpecOption, StringComparison.OrdinalIgnoreCase))
            {
                return $"dockerSecurityOptions[{o}]";
            }
        }

        return null;
    }
}
