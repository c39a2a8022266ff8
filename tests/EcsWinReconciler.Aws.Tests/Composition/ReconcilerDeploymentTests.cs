using EcsWinReconciler.Aws.Composition;

namespace EcsWinReconciler.Aws.Tests.Composition;

public class ReconcilerDeploymentTests
{
    [Fact]
    public void FromEnvironment_AllSet_ReadsThem()
    {
        var env = new Dictionary<string, string>
        {
            ["EWR_SPECS_TABLE"] = "s", ["EWR_STATE_TABLE"] = "t", ["EWR_ALERT_TOPIC_ARN"] = "arn:aws:sns:us-east-1:111122223333:a",
            ["EWR_BUDGET_MAX_ACTIONS"] = "3", ["EWR_BUDGET_WINDOW_MINUTES"] = "15",
        };

        var deployment = ReconcilerDeployment.FromEnvironment(env.GetValueOrDefault);

        Assert.Equal(("s", "t", "arn:aws:sns:us-east-1:111122223333:a", 3, TimeSpan.FromMinutes(15)),
            (deployment.Tables.Specs, deployment.Tables.State, deployment.AlertTopicArn, deployment.Budget.MaxActions, deployment.Budget.Window));
    }

    [Fact]
    public void FromEnvironment_NothingSet_UsesDefaults() =>
        Assert.Equal(ReconcilerDeployment.Default, ReconcilerDeployment.FromEnvironment(_ => null));

    [Theory]
    [InlineData("ten")]
    [InlineData("-1")]
    [InlineData("0")]
    public void FromEnvironment_MalformedBudget_NamesTheVariable(string value)
    {
        var error = Assert.Throws<FormatException>(() => ReconcilerDeployment.FromEnvironment(n => n == "EWR_BUDGET_MAX_ACTIONS" ? value : null));

        Assert.Contains("EWR_BUDGET_MAX_ACTIONS", error.Message, StringComparison.Ordinal);
    }
}
