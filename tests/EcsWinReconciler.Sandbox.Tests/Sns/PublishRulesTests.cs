using EcsWinReconciler.Sandbox.Sns;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Tests.Sns;

public class PublishRulesTests
{
    [Theory]
    [InlineData("[high] Open RDP on sg-0123")]
    [InlineData("9 tasks drifted")]
    [InlineData(null)]
    public void CheckSubject_Valid_Passes(string? subject) => PublishRules.CheckSubject(subject);

    [Theory]
    [InlineData("")]
    [InlineData("tab\there")]
    [InlineData("emoji 🚨")]
    public void CheckSubject_Invalid_InvalidParameter(string subject) =>
        Assert.Equal("InvalidParameter", Assert.Throws<ApiException>(() => PublishRules.CheckSubject(subject)).Code);

    [Fact]
    public void CheckMessage_OverSizeWithAttributes_MessageTooLong()
    {
        var message = new string('m', PublishRules.MaxMessageBytes - 10);
        IReadOnlyList<PublishedAttribute> attributes = [new("severity", "String", "high")];

        var error = Assert.Throws<ApiException>(() => PublishRules.CheckMessage(message, null, attributes));

        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        PublishRules.CheckMessage(message, null, []);
    }

    [Fact]
    public void CheckMessage_JsonWithDefault_Passes() =>
        PublishRules.CheckMessage("""{"default":"d","email":"e"}""", "json", []);
}
