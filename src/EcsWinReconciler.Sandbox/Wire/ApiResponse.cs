using System.Text;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>What the pipeline writes back: status, content type and body; <see cref="ErrorCode"/> for the call log.</summary>
public sealed record ApiResponse(int Status, string ContentType, byte[] Body, string? ErrorCode = null)
{
    public const string Xml = "text/xml";
    public const string AmzJson = "application/x-amz-json-1.1";

    public static ApiResponse Text(int status, string contentType, string body, string? errorCode = null) =>
        new(status, contentType, Encoding.UTF8.GetBytes(body), errorCode);
}
