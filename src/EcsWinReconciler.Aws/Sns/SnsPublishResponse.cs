using System.Xml;
using System.Xml.Linq;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>Reads <c>PublishResponse/PublishResult/MessageId</c> (namespace http://sns.amazonaws.com/doc/2010-03-31/, or none).</summary>
public static class SnsPublishResponse
{
    public static string? MessageId(string xml)
    {
        try
        {
            var result = XDocument.Parse(xml).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "PublishResult");
            var id = result?.Elements().FirstOrDefault(e => e.Name.LocalName == "MessageId")?.Value.Trim();
            return string.IsNullOrEmpty(id) ? null : id;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
