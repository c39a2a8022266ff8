using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// The fake world's network in words, without the ids the fakes make up as they go (rule ids, replacement task ARNs, ENI ids):
/// two worlds with the same print have the same drift and the same fixes.
/// </summary>
internal static class WorldPrint
{
    public static string Of(FakeAwsWorld world)
    {
        lock (world.Gate)
        {
            var groups = world.Groups.Values.OrderBy(g => g.Id, StringComparer.Ordinal)
                .Select(g => $"{g.Id}: {string.Join(", ", g.Ingress.Select(r => r.Permission.ToString()).Order(StringComparer.Ordinal))}");
            var vpcs = world.Vpcs.Values.Select(v => $"{v.VpcId}: support {v.DnsSupport}, hostnames {v.DnsHostnames}");
            var services = world.Services.Values.Select(s => $"{s.ServiceName}: [{string.Join(", ", s.SecurityGroups)}] in [{string.Join(", ", s.Subnets)}], rolling out {s.DeploymentInProgress}");
            var running = world.Tasks.Values.Where(CrashScenarios.Runs)
                .Select(t => t.EniAttachment?.NetworkInterfaceId is { } id && world.Enis.TryGetValue(id, out var eni) ? $"[{string.Join(", ", eni.GroupIds.Order(StringComparer.Ordinal))}] in {eni.SubnetId}" : "no ENI")
                .Order(StringComparer.Ordinal);
            return string.Join("\n", [.. groups, .. vpcs, .. services, $"running tasks: {string.Join("; ", running)}"]);
        }
    }
}
