using System.Globalization;
using System.Xml.Linq;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// Builds EC2 Query-protocol XML: <c>&lt;OpResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"&gt;</c> with
/// <c>requestId</c> first, element names as the botocore model's <c>locationName</c>s, lists as <c>item</c>s.
/// Null values leave their element out, as EC2 does.
/// </summary>
public static class Ec2Xml
{
    public static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public static XElement Response(string operation, string requestId, IEnumerable<XElement?> content) =>
        new(Ns + (operation + "Response"), E("requestId", requestId), content);

    /// <summary>An element with text, or nothing when <paramref name="value"/> is null.</summary>
    public static XElement? E(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    public static XElement? E(string name, int? value) =>
        value is null ? null : new XElement(Ns + name, value.Value.ToString(CultureInfo.InvariantCulture));

    public static XElement? E(string name, long? value) =>
        value is null ? null : new XElement(Ns + name, value.Value.ToString(CultureInfo.InvariantCulture));

    public static XElement? E(string name, bool? value) =>
        value is null ? null : new XElement(Ns + name, value.Value ? "true" : "false");

    public static XElement? E(string name, DateTimeOffset? value) =>
        value is null ? null : new XElement(Ns + name, Timestamps.Iso(value.Value));

    /// <summary>A structure element holding child elements.</summary>
    public static XElement S(string name, params XElement?[] children) => new(Ns + name, children);

    /// <summary>A list: <c>&lt;name&gt;&lt;item&gt;…&lt;/item&gt;…&lt;/name&gt;</c> (empty lists give an empty element, as EC2 does).</summary>
    public static XElement Set<T>(string name, IEnumerable<T> items, Func<T, IEnumerable<XElement?>> item) =>
        new(Ns + name, items.Select(i => new XElement(Ns + "item", item(i))));

    /// <summary>A list of plain values: <c>&lt;name&gt;&lt;item&gt;value&lt;/item&gt;&lt;/name&gt;</c>.</summary>
    public static XElement Values(string name, IEnumerable<string> values) =>
        new(Ns + name, values.Select(v => new XElement(Ns + "item", v)));

    /// <summary>EC2's error body: <c>Response/Errors/Error/{Code,Message}</c> and <c>RequestID</c>.</summary>
    public static string Error(string code, string message, string requestId) =>
        Document(new XElement("Response",
            new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", message))),
            new XElement("RequestID", requestId)));

    public static string Document(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
}
