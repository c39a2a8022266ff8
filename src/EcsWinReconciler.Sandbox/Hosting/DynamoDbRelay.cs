using System.Text;
using Microsoft.AspNetCore.Http;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// DynamoDB on the sandbox's one endpoint: a JSON 1.0 call (<c>X-Amz-Target: DynamoDB_20120810.Op</c>) is passed, as it
/// came, to a DynamoDB-compatible server (dynalite, started by <c>ewr demo --keep-running</c>), and its answer passed
/// back. Without one, DynamoDB calls get DynamoDB's own UnknownOperationException, saying why.
/// </summary>
internal sealed class DynamoDbRelay(Uri? upstream) : IDisposable
{
    public const string TargetPrefix = "DynamoDB_20120810.";

    private static readonly string[] ForwardedHeaders = ["X-Amz-Target", "Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256", "Amz-Sdk-Invocation-Id", "Amz-Sdk-Request"];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(2) };

    public static bool Handles(HttpRequest request) =>
        request.Headers["X-Amz-Target"].ToString().StartsWith(TargetPrefix, StringComparison.Ordinal);

    /// <summary>Answers the call; returns its status and, for an error, the code DynamoDB gave (for the call log).</summary>
    public async Task<(int Status, string? ErrorCode)> RelayAsync(HttpContext context, byte[] body, CancellationToken cancellationToken)
    {
        if (upstream is null)
        {
            const string Code = "UnknownOperationException";
            var error = Encoding.UTF8.GetBytes($$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{Code}}","message":"This sandbox serves no DynamoDB: start it with a DynamoDB endpoint (ewr demo --keep-running does)."}""");
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.Body.WriteAsync(error, cancellationToken).ConfigureAwait(false);
            return (400, Code);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, upstream) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType ?? "application/x-amz-json-1.0");
        foreach (var name in ForwardedHeaders)
        {
            if (context.Request.Headers.TryGetValue(name, out var value))
            {
                request.Headers.TryAddWithoutValidation(name, value.ToString());
            }
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/x-amz-json-1.0";
        foreach (var header in response.Headers.Where(h => h.Key.StartsWith("x-amz", StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers[header.Key] = string.Join(',', header.Value);
        }

        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : ErrorCode(answer));
    }

    public void Dispose() => _http.Dispose();

    private static string? ErrorCode(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        var type = text.IndexOf("#", StringComparison.Ordinal);
        var end = type < 0 ? -1 : text.IndexOf('"', type);
        return end > type ? text[(type + 1)..end] : null;
    }
}
