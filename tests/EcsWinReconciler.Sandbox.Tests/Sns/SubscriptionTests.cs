using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Sns;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task ListSubscriptions_Baseline_TheAlertTopicsEmailSubscription()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.SnsAsync(("Action", "ListSubscriptions"), ("Version", "2010-03-31"));

        var member = Assert.Single(body.Descendants(), e => e.Name.LocalName == "member");
        string Value(string name) => member.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal(ScenarioIds.TopicArn, Value("TopicArn"));
        Assert.Equal("email", Value("Protocol"));
        Assert.StartsWith(ScenarioIds.TopicArn + ":", Value("SubscriptionArn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListSubscriptionsByTopic_UnknownTopic_IsNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.SnsAsync(("Action", "ListSubscriptionsByTopic"), ("Version", "2010-03-31"), ("TopicArn", ScenarioIds.TopicArn + "-gone"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, status);
        Assert.Contains("NotFound", body.ToString(), StringComparison.Ordinal);
    }
}
