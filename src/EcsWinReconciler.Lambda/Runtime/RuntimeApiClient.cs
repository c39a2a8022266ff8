using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>
/// The HTTP calls of the Lambda Runtime API for custom runtimes (version 2018-06-01): next invocation, response,
/// invocation error, init error. Thin: it maps headers and status codes, and decides nothing.
/// </summary>
internal sealed class RuntimeApiClient(HttpClient http, string runtimeApi)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly Uri _base = new($"http://{runtimeApi}/2018-06-01/runtime/", UriKind.Absolute);

    /// <summary>Long-polls for the next event. The deadline is null when its header is missing or unreadable.</summary>
    public async Task<NextInvocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(_base, "invocation/next"), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new RuntimeApiException($"GET invocation/next answered {(int)response.StatusCode}", response.StatusCode);
        }

        var requestId = Header(response, RuntimeHeaders.RequestId)
            ?? throw new RuntimeApiException($"GET invocation/next answered without {RuntimeHeaders.RequestId}");
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new NextInvocation(
            requestId,
            ParseDeadline(Header(response, RuntimeHeaders.DeadlineMs)),
            Header(response, RuntimeHeaders.InvokedFunctionArn),
            Header(response, RuntimeHeaders.TraceId),
            body);
    }

    /// <summary>Posts the result; false when Lambda refused it as too large (413), so the caller can post an error instead.</summary>
    public async Task<bool> PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(Invocation(requestId, "response"), content, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            return false;
        }

        EnsureAccepted(response, "response");
        return true;
    }

    public Task PostErrorAsync(string requestId, LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync(Invocation(requestId, "error"), error, cancellationToken);

    public Task PostInitErrorAsync(LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync(new Uri(_base, "init/error"), error, cancellationToken);

    internal static DateTimeOffset? ParseDeadline(string? header) =>
        long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0 && ms < DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private async Task PostErrorAsync(Uri uri, LambdaError error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, RuntimeJsonContext.Default.LambdaError));
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeHeaders.FunctionErrorType, error.ErrorType);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureAccepted(response, "error");
    }

    private Uri Invocation(string requestId, string what) => new(_base, $"invocation/{Uri.EscapeDataString(requestId)}/{what}");

    private static void EnsureAccepted(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new RuntimeApiException($"POST {what} answered {(int)response.StatusCode}", response.StatusCode);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;
}
