using System.Xml.Linq;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// STS Query-protocol XML (2011-06-15): <c>&lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;</c>,
/// errors as <c>ErrorResponse/Error/{Type,Code,Message}</c> with the RequestId beside Error, as SNS writes them.
/// </summary>
public static class StsXml
{
    public static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static XElement Response(string operation, string requestId, params XElement?[] result) => QueryXml.Response(Ns, operation, requestId, result);

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static string Error(string code, string message, string requestId, int status) => QueryXml.Error(Ns, code, message, requestId, status);
}
