using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// The error document of the JSON protocols: <c>{"__type": "…#ClientException", "message": "…"}</c>. The code may
/// carry a namespace (<c>com.amazonaws.ecs#</c>) or a suffix after ':'; the <c>x-amzn-ErrorType</c> header
/// stands in when the body has none.
/// </summary>
internal static class JsonErrorBody
{
    public static ServiceError Parse(byte[] body, string? errorTypeHeader, HttpStatusCode status)
    {
        string? type = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                type = Text(document.RootElement, "__type") ?? Text(document.RootElement, "code");
                message = Text(document.RootElement, "message") ?? Text(document.RootElement, "Message");
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty 503): the header and the status still say something.
        }

        var code = NormalizeCode(type) ?? NormalizeCode(errorTypeHeader) ?? StatusCode(status);
        return new ServiceError(code, message ?? Snippet(body) ?? code, null);
    }

    public static string? NormalizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw[(raw.LastIndexOf('#') + 1)..];
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        code = (colon >= 0 ? code[..colon] : code).Trim();
        return code.Length > 0 ? code : null;
    }

    public static string StatusCode(HttpStatusCode status) => "Http" + ((int)status).ToString(CultureInfo.InvariantCulture);

    public static string? Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).Trim();
        return text.Length > 0 ? text : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
