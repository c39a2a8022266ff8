using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Writing;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The canonical JSON of a spec: keys in the order the shapes declare them, every default written out,
/// labels sorted, two-space indentation and '\n' line ends. Equal specs give identical text, and
/// <c>SpecReader.Read(name, ToJson(spec))</c> gives back an equal spec. This is what the store saves and the CLI diffs.
/// </summary>
public static class SpecWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Specs hold no HTML; keep '+', '<' and non-ASCII readable in diffs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(TaskNetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.Write(RootShape.ApiVersion, TaskNetworkSpec.CurrentApiVersion);
            writer.Write(RootShape.Kind, TaskNetworkSpec.SpecKind);
            writer.WriteObject(RootShape.Metadata, w => WriteMetadata(w, spec.Metadata));
            writer.WriteObject(RootShape.Spec, w => WriteBody(w, spec.Spec));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteMetadata(Utf8JsonWriter writer, SpecMetadata metadata)
    {
        writer.Write(MetadataShape.Name, metadata.Name);
        writer.WriteObject(MetadataShape.Labels, w =>
        {
            foreach (var (key, value) in metadata.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                w.WritePropertyName(key);
                MetadataShape.Labels.Shape.Value.Write(w, value);
            }
        });
        if (metadata.Description is { } description)
        {
            writer.Write(MetadataShape.Description, description);
        }
    }

    private static void WriteBody(Utf8JsonWriter writer, SpecBody body)
    {
        writer.WriteObject(SpecBodyShape.Selector, w =>
        {
            w.Write(SelectorShape.Cluster, body.Selector.Cluster);
            w.Write(SelectorShape.Family, body.Selector.Family);
            if (body.Selector.Account is { } account)
            {
                w.Write(SelectorShape.Account, account);
            }

            if (body.Selector.Region is { } region)
            {
                w.Write(SelectorShape.Region, region);
            }
        });
        writer.Write(SpecBodyShape.Platform, body.Platform);
        writer.Write(SpecBodyShape.Suspend, body.Suspend);
        if (body.Eni is { } eni)
        {
            writer.WriteObject(SpecBodyShape.Eni, w =>
            {
                w.WriteList(EniShape.Subnets, eni.Subnets);
                w.Write(EniShape.PublicIp, eni.PublicIp);
                if (eni.MinFreeIps is { } minFreeIps)
                {
                    w.Write(EniShape.MinFreeIps, minFreeIps);
                }
            });
        }

        if (body.SecurityGroups is { } groups)
        {
            writer.WriteObject(SpecBodyShape.SecurityGroups, w => WriteSecurityGroups(w, groups));
        }

        if (body.Dns is { } dns)
        {
            writer.WriteObject(SpecBodyShape.Dns, w => WriteDns(w, dns));
        }

        if (body.ActiveDirectory is { } ad)
        {
            writer.WriteObject(SpecBodyShape.ActiveDirectory, w =>
            {
                w.WriteList(ActiveDirectoryShape.DomainControllers, ad.DomainControllers);
                if (ad.Domain is { } domain)
                {
                    w.Write(ActiveDirectoryShape.Domain, domain);
                }
            });
        }

        writer.WriteObject(SpecBodyShape.Remediation, w =>
        {
            w.Write(RemediationShape.Mode, body.Remediation.Mode);
            w.Write(RemediationShape.SecurityGroups, body.Remediation.SecurityGroups);
            w.Write(RemediationShape.Eni, body.Remediation.Eni);
            w.Write(RemediationShape.Dns, body.Remediation.Dns);
        });
        writer.WriteObject(SpecBodyShape.Alerts, w =>
        {
            w.Write(AlertsShape.Severity, body.Alerts.MinimumSeverity);
            w.Write(AlertsShape.ReminderInterval, body.Alerts.ReminderInterval);
            if (!body.Alerts.CheckSeverities.IsEmpty)
            {
                w.WriteObject(AlertsShape.Severities, m =>
                {
                    foreach (var (check, severity) in body.Alerts.CheckSeverities.OrderBy(s => s.Key, StringComparer.Ordinal))
                    {
                        m.WritePropertyName(check);
                        AlertsShape.SeverityName.Write(m, severity.ToString().ToLowerInvariant());
                    }
                });
            }
        });
        if (!body.Exceptions.IsEmpty)
        {
            WriteExceptions(writer, body.Exceptions);
        }
    }

    private static void WriteExceptions(Utf8JsonWriter writer, IEnumerable<ExceptionEntry> exceptions)
    {
        writer.WriteStartArray(SpecBodyShape.Exceptions.Name);
        foreach (var entry in exceptions)
        {
            writer.WriteStartObject();
            writer.Write(ExceptionShape.Check, entry.Check);
            writer.Write(ExceptionShape.Resource, entry.Resource);
            writer.Write(ExceptionShape.Reason, entry.Reason);
            writer.Write(ExceptionShape.Expires, entry.Expires);
            WriteIfSet(writer, ExceptionShape.Ticket, entry.Ticket);
            WriteIfSet(writer, ExceptionShape.By, entry.AddedBy);
            if (entry.AddedAt is { } added)
            {
                writer.Write(ExceptionShape.Added, added);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, Field<ScalarShape<string>> field, string? value)
    {
        if (value is not null)
        {
            writer.Write(field, value);
        }
    }

    private static void WriteSecurityGroups(Utf8JsonWriter writer, SecurityGroupSpec groups)
    {
        writer.Write(SecurityGroupsShape.Match, groups.Match);
        writer.WriteList(SecurityGroupsShape.Ids, groups.Ids);
        WriteRules(writer, SecurityGroupsShape.ForbiddenIngress, groups.ForbiddenIngress);
        WriteRules(writer, SecurityGroupsShape.RequiredIngress, groups.RequiredIngress);
    }

    private static void WriteRules(Utf8JsonWriter writer, Field field, IEnumerable<IngressRuleSpec> rules)
    {
        writer.WriteStartArray(field.Name);
        foreach (var rule in rules)
        {
            var permission = rule.Permission;
            writer.WriteStartObject();
            writer.Write(IngressRuleShape.Protocol, permission.Protocol);
            if (permission.Protocol.HasPorts)
            {
                writer.Write(IngressRuleShape.Ports, permission.Ports);
            }

            WriteSource(writer, permission.Source);
            if (rule.Group is { } group)
            {
                writer.Write(IngressRuleShape.Group, group);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter writer, RuleSource source)
    {
        if (source.Cidr is { } cidr)
        {
            writer.Write(IngressRuleShape.Cidr, cidr);
        }
        else
        {
            writer.Write(IngressRuleShape.Source, source.GroupId ?? source.PrefixListId ?? throw new ArgumentException("A rule source has no value.", nameof(source)));
        }
    }

    private static void WriteDns(Utf8JsonWriter writer, DnsSpec dns)
    {
        if (dns.VpcDnsSupport is { } support)
        {
            writer.Write(DnsShape.VpcDnsSupport, support);
        }

        if (dns.VpcDnsHostnames is { } hostnames)
        {
            writer.Write(DnsShape.VpcDnsHostnames, hostnames);
        }

        // An empty list means "not checked", which the language says by leaving the field out.
        if (!dns.Servers.IsEmpty)
        {
            writer.WriteList(DnsShape.Servers, dns.Servers);
        }

        if (dns.DomainName is { } domain)
        {
            writer.Write(DnsShape.DomainName, domain);
        }

        writer.Write(DnsShape.PrivateDnsName, dns.PrivateDnsName);
    }
}
