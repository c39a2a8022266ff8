using System.Xml.Linq;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// The Query protocol's XML as SNS and STS write it, each in its own namespace:
/// <c>&lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;&lt;RequestId/&gt;</c>, and errors as
/// <c>ErrorResponse/Error/{Type,Code,Message}</c> with the RequestId beside Error (EC2's errors differ: <see cref="Ec2Xml"/>).
/// </summary>
public static class QueryXml
{
    public static XElement Response(XNamespace ns, string operation, string requestId, params XElement?[] result) =>
        new(ns + (operation + "Response"),
            new XElement(ns + (operation + "Result"), result),
            new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", requestId)));

    public static string Error(XNamespace ns, string code, string message, string requestId, int status) =>
        Ec2Xml.Document(new XElement(ns + "ErrorResponse",
            new XElement(ns + "Error",
                new XElement(ns + "Type", status >= 500 ? "Receiver" : "Sender"),
                new XElement(ns + "Code", code),
                new XElement(ns + "Message", message)),
            new XElement(ns + "RequestId", requestId)));
}
