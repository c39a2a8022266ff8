using System.Xml.Linq;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// SNS Query-protocol XML: <c>&lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;&lt;RequestId/&gt;</c>,
/// errors as <c>ErrorResponse/Error/{Type,Code,Message}</c> (namespace http://sns.amazonaws.com/doc/2010-03-31/).
/// </summary>
public static class SnsXml
{
    public static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    public static XElement Response(string operation, string requestId, params XElement?[] result) => QueryXml.Response(Ns, operation, requestId, result);

    public static XElement? E(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    public static string Error(string code, string message, string requestId, int status) => QueryXml.Error(Ns, code, message, requestId, status);
}
