namespace EcsWinReconciler.TestSupport.Wire;

/// <summary>What the loopback server answers.</summary>
public sealed record StubResponse(int Status, string Body, string ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static StubResponse Xml(string body, int status = 200) => new(status, body, "text/xml");

    public static StubResponse Json(string body, int status = 200) => new(status, body, "application/x-amz-json-1.1");
}
