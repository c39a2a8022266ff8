namespace EcsWinReconciler.TestSupport.Wire;

/// <summary>What the loopback server answers: <see cref="Body"/> as UTF-8, or <see cref="RawBody"/> byte for byte (bodies that are not valid UTF-8).</summary>
public sealed record StubResponse(int Status, string Body, string ContentType, IReadOnlyDictionary<string, string>? Headers = null, byte[]? RawBody = null)
{
    public static StubResponse Xml(string body, int status = 200) => new(status, body, "text/xml");

    public static StubResponse Json(string body, int status = 200) => new(status, body, "application/x-amz-json-1.1");
}
