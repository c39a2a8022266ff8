using System.Net;
using System.Text;
using EcsWinReconciler.Aws.Configuration.Transport;

namespace EcsWinReconciler.Aws.Tests.Configuration;

public class ErrorBodyTests
{
    [Theory]
    [InlineData("""{"__type":"com.amazonaws.ecs#ClusterNotFoundException","message":"Cluster not found."}""", null, "ClusterNotFoundException", "Cluster not found.")]
    [InlineData("""{"__type":"ThrottlingException","Message":"Rate exceeded"}""", null, "ThrottlingException", "Rate exceeded")]
    [InlineData("""{"message":"denied"}""", "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/", "AccessDeniedException", "denied")]
    [InlineData("<html>Bad gateway</html>", null, "Http502", "<html>Bad gateway</html>")]
    [InlineData("", null, "Http502", "Http502")]
    public void JsonErrorBody_Parse_FindsCodeAndMessage(string body, string? header, string code, string message)
    {
        var error = JsonErrorBody.Parse(Encoding.UTF8.GetBytes(body), header, HttpStatusCode.BadGateway);

        Assert.Equal((code, message), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("""<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>r-1</RequestId></ErrorResponse>""", "NotFound", "Topic does not exist", "r-1")]
    [InlineData("<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>", "Throttling", "Rate exceeded", null)]
    [InlineData("not xml", "Http500", "not xml", null)]
    public void XmlErrorBody_Parse_FindsCodeMessageAndRequestId(string body, string code, string message, string? requestId)
    {
        var error = XmlErrorBody.Parse(Encoding.UTF8.GetBytes(body), HttpStatusCode.InternalServerError);

        Assert.Equal((code, message, requestId), (error.Code, error.Message, error.RequestId));
    }
}
