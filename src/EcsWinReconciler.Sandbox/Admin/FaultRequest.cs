using System.Text.Json;
using EcsWinReconciler.Sandbox.Faults;

namespace EcsWinReconciler.Sandbox.Admin;

/// <summary>
/// Reads a fault rule posted to <c>/_sandbox/faults</c>:
/// <c>{"kind":"throttle|server-error|latency","service":"ec2","operation":"DescribeNetworkInterfaces","times":2,"rate":0.5,"delayMs":200,"status":503,"account":"444455556666","region":"eu-west-1"}</c>
/// or <c>{"kind":"delete-eni","eniId":"eni-…","afterCalls":2}</c>.
/// </summary>
internal static class FaultRequest
{
    public static void Apply(FaultPlan plan, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var kind = root.GetProperty("kind").GetString();
        if (kind == "delete-eni")
        {
            plan.DeleteEniAfterCalls(root.GetProperty("eniId").GetString()!, root.TryGetProperty("afterCalls", out var k) ? k.GetInt32() : 1);
            return;
        }

        plan.Add(new FaultRule(
            root.GetProperty("service").GetString()!,
            root.TryGetProperty("operation", out var op) ? op.GetString() : null,
            kind switch
            {
                "throttle" => FaultKind.Throttle,
                "server-error" => FaultKind.ServerError,
                "latency" => FaultKind.Latency,
                _ => throw new ArgumentException($"unknown fault kind '{kind}' (throttle, server-error, latency, delete-eni)"),
            },
            root.TryGetProperty("times", out var times) ? times.GetInt32() : null,
            root.TryGetProperty("rate", out var rate) ? rate.GetDouble() : null,
            TimeSpan.FromMilliseconds(root.TryGetProperty("delayMs", out var delay) ? delay.GetInt32() : 0),
            root.TryGetProperty("status", out var status) ? status.GetInt32() : 500)
        {
            Account = root.TryGetProperty("account", out var account) ? account.GetString() : null,
            Region = root.TryGetProperty("region", out var region) ? region.GetString() : null,
        });
    }
}
