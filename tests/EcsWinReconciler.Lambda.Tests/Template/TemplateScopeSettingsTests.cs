using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Issue 14: the adapters check the same lists IAM does (the functions read them from the parameters that scope the
/// roles), and the chat format reaches e-mail subscribers only as text.
/// </summary>
public sealed class TemplateScopeSettingsTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Theory]
    [InlineData(EnvironmentVariables.ManagedVpcs, """{"Fn::Join":[",",{"Ref":"VpcArns"}]}""")]
    [InlineData(EnvironmentVariables.ManagedClusters, """{"Fn::Join":[",",{"Ref":"ManagedClusterArns"}]}""")]
    [InlineData(EnvironmentVariables.AlertFormat, """{"Ref":"AlertFormat"}""")]
    public void Functions_ReadTheScopeFromTheParametersTheRolesAreScopedBy(string variable, string value)
    {
        Assert.Equal(value, _template.Root["Globals"]!["Function"]!["Environment"]!["Variables"]![variable]?.ToJsonString());
        Assert.All(_template.OfType("AWS::Serverless::Function"), f => Assert.Null(f.Resource["Properties"]!["Environment"]?["Variables"]?[variable]));
    }

    [Fact]
    public void AlertFormat_DefaultsToText_AndEmailTakesTheTextAndTheAlarmsWhenChatIsOn()
    {
        Assert.Equal("text", _template.Parameters["AlertFormat"]!["Default"]!.GetValue<string>());
        Assert.Equal(["text", "chat", "both"], _template.Parameters["AlertFormat"]!["AllowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        var filter = _template.Resource("AlertEmailSubscription")["Properties"]!["FilterPolicy"]!;
        Assert.Equal("""{"Fn::If":["PublishesChat",{"format":["text",{"exists":false}]},{"Ref":"AWS::NoValue"}]}""", filter.ToJsonString());
    }
}
