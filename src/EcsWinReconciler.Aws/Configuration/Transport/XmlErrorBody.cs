using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// The error document of the Query protocol: <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>,
/// with or without the service's XML namespace.
/// </summary>
internal static class XmlErrorBody
{
    public static ServiceError Parse(byte[] body, HttpStatusCode status)
    {
        try
        {
            var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(body)).Root;
            var error = root?.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "Error");
            var code = Child(error, "Code");
            if (code is not null)
            {
                return new ServiceError(code, Child(error, "Message") ?? code, Child(root, "RequestId") ?? Child(root, "RequestID"));
            }
        }
        catch (XmlException)
        {
            // Not XML: fall back to the status below.
        }

        var fallback = JsonErrorBody.StatusCode(status);
        return new ServiceError(fallback, JsonErrorBody.Snippet(body) ?? fallback, null);
    }

    private static string? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value is { Length: > 0 } value ? value.Trim() : null;
}
