using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Tests.Backend;

public sealed class AwsBackendFactoryTests
{
    private static readonly BackendOptions NoOptions = new(null, null, null, false);

    [Fact]
    public void Deployment_OptionsWinOverTheLambdaVariables()
    {
        var factory = Factory(new() { ["EWR_SPECS_TABLE"] = "env-specs", ["EWR_STATE_TABLE"] = "env-state", ["EWR_ALERT_TOPIC_ARN"] = "arn:env" });

        var deployment = factory.Deployment(NoOptions with { SpecsTable = "opt-specs", AlertTopicArn = "arn:opt" });

        Assert.Equal("opt-specs", deployment.Tables.Specs);
        Assert.Equal("env-state", deployment.Tables.State);
        Assert.Equal("arn:opt", deployment.AlertTopicArn);
    }

    [Fact]
    public void Deployment_NothingSet_UsesTheStackDefaults()
    {
        var deployment = Factory([]).Deployment(NoOptions);

        Assert.Equal("EcsWinReconciler-Specs", deployment.Tables.Specs);
        Assert.Null(deployment.AlertTopicArn);
    }

    [Fact]
    public void Deployment_Budget_IsCountedAsTheFunctionsCountIt()
    {
        var deployment = Factory(new() { ["EWR_REMEDIATION_BUDGET"] = "3", ["EWR_REMEDIATION_WINDOW_MINUTES"] = "30" }).Deployment(NoOptions);

        Assert.Equal(3, deployment.Budget.MaxActions);
        Assert.Equal(TimeSpan.FromMinutes(30), deployment.Budget.Window);
    }

    [Fact]
    public void Deployment_MalformedVariable_IsAUsageErrorNamingIt()
    {
        var error = Assert.Throws<CliException>(() => Factory(new() { ["EWR_REMEDIATION_WINDOW_MINUTES"] = "-1" }).Deployment(NoOptions));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("EWR_REMEDIATION_WINDOW_MINUTES", error.Message);
    }

    [Fact]
    public void Deployment_OnlyAFunctionsVariableMalformed_IsNotTheClisConcern()
    {
        var deployment = Factory(new() { ["_HANDLER"] = "bootstrap", ["EWR_LOG_LEVEL"] = "LOUD", ["EWR_STATE_TABLE"] = "env-state" }).Deployment(NoOptions);

        Assert.Equal("env-state", deployment.Tables.State);
    }

    private static AwsBackendFactory Factory(Dictionary<string, string> environment) =>
        new(name => environment.GetValueOrDefault(name), TimeProvider.System, TextWriter.Null);
}
