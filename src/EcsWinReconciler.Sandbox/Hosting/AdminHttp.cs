using System.Globalization;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Admin;
using EcsWinReconciler.Sandbox.Scenarios;
using Microsoft.AspNetCore.Http;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// The admin API under <c>/_sandbox/</c>: GET state, events[?after=N], messages, calls, writes, faults, scenarios,
/// spec; POST faults (JSON rule), step, settle, rollouts/stall and rollouts/release (<c>{"service":…}</c>); DELETE
/// faults. Not signed: it is the sandbox's own door. <c>?account=…&amp;region=…</c> (either defaulting to the hub's)
/// addresses another world's state, events, messages, writes, lifecycle and rollouts; calls and faults are the host's.
/// </summary>
internal sealed class AdminHttp(SandboxWorlds worlds)
{
    public const string Prefix = "/_sandbox";

    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value![Prefix.Length..].Trim('/');
        var (status, contentType, body) = WorldOf(context) is { } admin
            ? await AnswerAsync(context, admin, path, cancellationToken).ConfigureAwait(false)
            : BadRequest("account must be 12 digits and region a region name (like eu-west-1)");
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(int, string, string)> AnswerAsync(HttpContext context, SandboxAdmin admin, string path, CancellationToken cancellationToken) =>
        (context.Request.Method, path) switch
        {
            ("GET", "" or "state") => Json(200, admin.DumpState()),
            ("GET", "events") => Json(200, AdminJson.Events(admin.Events(After(context)))),
            ("GET", "messages") => Json(200, AdminJson.Messages(admin.PublishedMessages())),
            ("GET", "calls") => Json(200, AdminJson.Calls(admin.Calls)),
            ("GET", "writes") => Json(200, AdminJson.Writes(admin.Writes())),
            ("GET", "faults") => Json(200, AdminJson.Faults(admin.Faults.Rules)),
            ("GET", "scenarios") => Json(200, AdminJson.Scenarios(ScenarioCatalog.All)),
            ("GET", "spec") => (200, "application/yaml", SampleSpec.Yaml),
            ("POST", "faults") => AddFault(admin, await ReadAsync(context, cancellationToken).ConfigureAwait(false)),
            ("DELETE", "faults") => Cleared(admin),
            ("POST", "step") => Json(200, $"{{\"changed\":{(admin.Step() ? "true" : "false")}}}"),
            ("POST", "settle") => Settled(admin),
            ("POST", "rollouts/stall") => Rollout(admin, await ReadAsync(context, cancellationToken).ConfigureAwait(false), stall: true),
            ("POST", "rollouts/release") => Rollout(admin, await ReadAsync(context, cancellationToken).ConfigureAwait(false), stall: false),
            _ => Json(404, "{\"message\":\"unknown admin path; see GET /_sandbox/state, events, messages, calls, writes, faults, scenarios, spec; POST faults, step, settle, rollouts/stall, rollouts/release\"}"),
        };

    /// <summary>The world <c>?account=&amp;region=</c> names (the hub's by default); null when either is malformed.</summary>
    private SandboxAdmin? WorldOf(HttpContext context)
    {
        var account = context.Request.Query["account"].ToString();
        var region = context.Request.Query["region"].ToString();
        if (account.Length == 0 && region.Length == 0)
        {
            return worlds.Hub;
        }

        try
        {
            return worlds.Get(account.Length == 0 ? worlds.Hub.State.AccountId : account, region.Length == 0 ? worlds.Hub.State.Region : region);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (int, string, string) AddFault(SandboxAdmin admin, string body)
    {
        try
        {
            FaultRequest.Apply(admin.Faults, body);
            return Json(200, AdminJson.Faults(admin.Faults.Rules));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            return BadRequest(ex.Message);
        }
    }

    private static (int, string, string) Rollout(SandboxAdmin admin, string body, bool stall)
    {
        try
        {
            return Json(200, RolloutRequest.Apply(admin, body, stall));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return BadRequest(ex.Message);
        }
    }

    private static (int, string, string) Cleared(SandboxAdmin admin)
    {
        admin.Faults.Clear();
        return Json(200, "[]");
    }

    private static (int, string, string) Settled(SandboxAdmin admin)
    {
        admin.Settle();
        return Json(200, "{\"settled\":true}");
    }

    private static long After(HttpContext context) =>
        long.TryParse(context.Request.Query["after"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : 0;

    private static async Task<string> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (int, string, string) Json(int status, string body) => (status, "application/json", body);

    private static (int, string, string) BadRequest(string message) =>
        Json(400, $"{{\"message\":{System.Text.Json.Nodes.JsonValue.Create(message).ToJsonString()}}}");
}
