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
/// faults. Not signed: it is the sandbox's own door.
/// </summary>
internal sealed class AdminHttp(SandboxAdmin admin)
{
    public const string Prefix = "/_sandbox";

    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value![Prefix.Length..].Trim('/');
        var (status, contentType, body) = (context.Request.Method, path) switch
        {
            ("GET", "" or "state") => Json(200, admin.DumpState()),
            ("GET", "events") => Json(200, AdminJson.Events(admin.Events(After(context)))),
            ("GET", "messages") => Json(200, AdminJson.Messages(admin.PublishedMessages())),
            ("GET", "calls") => Json(200, AdminJson.Calls(admin.Calls)),
            ("GET", "writes") => Json(200, AdminJson.Writes(admin.Writes())),
            ("GET", "faults") => Json(200, AdminJson.Faults(admin.Faults.Rules)),
            ("GET", "scenarios") => Json(200, AdminJson.Scenarios(ScenarioCatalog.All)),
            ("GET", "spec") => (200, "application/yaml", SampleSpec.Yaml),
            ("POST", "faults") => AddFault(await ReadAsync(context, cancellationToken).ConfigureAwait(false)),
            ("DELETE", "faults") => Cleared(),
            ("POST", "step") => Json(200, $"{{\"changed\":{(admin.Step() ? "true" : "false")}}}"),
            ("POST", "settle") => Settled(),
            ("POST", "rollouts/stall") => Rollout(await ReadAsync(context, cancellationToken).ConfigureAwait(false), stall: true),
            ("POST", "rollouts/release") => Rollout(await ReadAsync(context, cancellationToken).ConfigureAwait(false), stall: false),
            _ => Json(404, "{\"message\":\"unknown admin path; see GET /_sandbox/state, events, messages, calls, writes, faults, scenarios, spec; POST faults, step, settle, rollouts/stall, rollouts/release\"}"),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private (int, string, string) AddFault(string body)
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

    private (int, string, string) Rollout(string body, bool stall)
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

    private (int, string, string) Cleared()
    {
        admin.Faults.Clear();
        return Json(200, "[]");
    }

    private (int, string, string) Settled()
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
