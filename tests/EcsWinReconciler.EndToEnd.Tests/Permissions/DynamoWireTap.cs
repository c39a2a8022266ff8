using System.Text;
using System.Text.Json;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// A loopback forwarder in front of dynalite: the DynamoDB client is pointed at it, it passes every request on and
/// keeps, per request, the operation (<c>X-Amz-Target</c>) and the table or index it names (TableName, IndexName).
/// </summary>
internal sealed class DynamoWireTap : IAsyncDisposable
{
    // Hop-by-hop or recomputed headers; Accept-Encoding is dropped so the answer comes back as plain JSON text.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Content-Type", "Connection", "Expect", "Accept-Encoding", "Transfer-Encoding",
    };

    private readonly HttpClient _http = new();
    private readonly Uri _target;
    private readonly DynamoTableNames _tables;
    private readonly LoopbackHttpServer _server;

    private DynamoWireTap(Uri target, DynamoTableNames tables)
    {
        _target = target;
        _tables = tables;
        _server = LoopbackHttpServer.Start(Forward);
    }

    public Uri Endpoint => _server.BaseAddress;

    /// <summary>Requests received so far (the count is a cursor for <see cref="CallsSince"/>).</summary>
    public int Count => _server.Requests.Count;

    public static DynamoWireTap Start(Uri dynalite, DynamoTableNames tables) => new(dynalite, tables);

    public IReadOnlyList<WireCall> CallsSince(int cursor) => [.. _server.Requests.Skip(cursor).Select(Read)];

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private WireCall Read(RecordedRequest request)
    {
        var target = request.Header("X-Amz-Target") ?? throw new InvalidDataException("a DynamoDB request without X-Amz-Target");
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        using var body = JsonDocument.Parse(request.Body);
        // Batch operations name their tables as the keys of RequestItems (one table per request here), not in TableName.
        var table = body.RootElement.TryGetProperty("TableName", out var t) ? t.GetString()
            : body.RootElement.TryGetProperty("RequestItems", out var items) ? items.EnumerateObject().Select(p => p.Name).SingleOrDefault()
            : null;
        var index = body.RootElement.TryGetProperty("IndexName", out var i) ? i.GetString() : null;
        return new WireCall("dynamodb:" + operation, Resource(table, index));
    }

    private IamResource Resource(string? table, string? index) => (table, index) switch
    {
        _ when table == _tables.Specs && index is null => IamResource.SpecsTable,
        _ when table == _tables.State && index is null => IamResource.StateTable,
        _ when table == _tables.State => IamResource.StateTableIndex(index!),
        _ => new IamResource($"dynamodb:table/{table}" + (index is null ? string.Empty : $"/index/{index}"), "not one of the deployment's tables"),
    };

    // LoopbackHttpServer answers synchronously; each request is served on its own thread pool item.
    private StubResponse Forward(RecordedRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target, request.Path + (request.Query.Length > 0 ? "?" + request.Query : string.Empty)))
        {
            Content = new ByteArrayContent(request.Body),
        };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", request.Header("Content-Type") ?? "application/x-amz-json-1.0");
        foreach (var (name, value) in request.Headers.Where(h => !NotForwarded.Contains(h.Key)))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = _http.Send(message);
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/x-amz-json-1.0";
        return new StubResponse((int)response.StatusCode, reader.ReadToEnd(), contentType);
    }
}
