using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Aws.Tests.Ecs;

public class EcsActuatorTests
{
    private const string Cluster = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";
    private const string Task = "arn:aws:ecs:eu-west-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static readonly UpdateServiceNetwork Update = new(Cluster, "web", ["subnet-0a1b2c3d"], ["sg-0a1b2c3d", "sg-1b2c3d4e"], AssignPublicIp: false);
    private static readonly ReplaceTask Replace = ReplaceTask.Create(Cluster, Task, "security groups drifted from spec iis-webserver");

    private static EcsApiException Error(EcsErrorKind kind, string code, string message) =>
        new(kind, "op", "resource", message, code, System.Net.HttpStatusCode.BadRequest);

    [Fact]
    public void CanExecute_EcsActionsOnly()
    {
        var actuator = new EcsActuator(new FakeEcsApi());

        Assert.True(actuator.CanExecute(Update));
        Assert.True(actuator.CanExecute(Replace));
        Assert.False(actuator.CanExecute(new EnableVpcAttribute("vpc-0a1b2c3d", VpcAttribute.EnableDnsSupport)));
    }

    [Fact]
    public async Task Execute_UnknownAction_IsRefused() =>
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            new EcsActuator(new FakeEcsApi()).ExecuteAsync(new EnableVpcAttribute("vpc-0a1b2c3d", VpcAttribute.EnableDnsHostnames), false, CancellationToken.None));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Execute_DryRun_SendsNothingAndWouldApply(bool update)
    {
        var ecs = new FakeEcsApi();

        var outcome = await new EcsActuator(ecs).ExecuteAsync(update ? Update : Replace, dryRun: true, CancellationToken.None);

        Assert.Equal(ActionResult.WouldApply, outcome.Result);
        Assert.Empty(ecs.Calls);
    }

    [Fact]
    public async Task Execute_UpdateServiceNetwork_SendsSpecNetworkAndNewDeployment()
    {
        var ecs = new FakeEcsApi();

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Update, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        var (cluster, service, network, force) = Assert.Single(ecs.Updates);
        Assert.Equal((Cluster, "web", true), (cluster, service, force));
        Assert.Equal(["subnet-0a1b2c3d"], network.Subnets);
        Assert.Equal(["sg-0a1b2c3d", "sg-1b2c3d4e"], network.SecurityGroups);
        Assert.Equal("DISABLED", network.AssignPublicIp);
    }

    [Fact]
    public async Task Execute_UpdateWithPublicIp_SendsEnabled()
    {
        var ecs = new FakeEcsApi();

        await new EcsActuator(ecs).ExecuteAsync(Update with { AssignPublicIp = true }, dryRun: false, CancellationToken.None);

        Assert.Equal("ENABLED", Assert.Single(ecs.Updates).Network.AssignPublicIp);
    }

    [Fact]
    public async Task Execute_ReplaceTask_StopsWithTheReason()
    {
        var ecs = new FakeEcsApi();

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Replace, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        Assert.Equal((Cluster, Task, Replace.Reason), Assert.Single(ecs.Stops));
    }

    [Fact]
    public async Task Execute_ReplaceAlreadyStoppedTask_IsAlreadyDone()
    {
        var ecs = new FakeEcsApi { StopAnswer = new EcsTask { TaskArn = Task, LastStatus = "STOPPED", DesiredStatus = "STOPPED" } };

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Replace, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.AlreadyDone, outcome.Result);
    }

    [Theory]
    [InlineData(EcsErrorKind.InvalidParameter, "InvalidParameterException", "The referenced task was not found.", ActionResult.ResourceGone)]
    [InlineData(EcsErrorKind.ClusterNotFound, "ClusterNotFoundException", "Cluster not found.", ActionResult.ResourceGone)]
    [InlineData(EcsErrorKind.InvalidParameter, "InvalidParameterException", "Invalid identifier", ActionResult.Failed)]
    [InlineData(EcsErrorKind.AccessDenied, "AccessDeniedException", "not authorized to perform ecs:StopTask", ActionResult.Failed)]
    [InlineData(EcsErrorKind.Throttling, "ThrottlingException", "Rate exceeded", ActionResult.Failed)]
    public async Task Execute_ReplaceTaskError_BecomesAnOutcome(EcsErrorKind kind, string code, string message, ActionResult expected)
    {
        var ecs = new FakeEcsApi { WriteError = Error(kind, code, message) };

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Replace, dryRun: false, CancellationToken.None);

        Assert.Equal(expected, outcome.Result);
        Assert.Contains(code, outcome.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EcsErrorKind.ServiceNotFound, "ServiceNotFoundException", ActionResult.ResourceGone)]
    [InlineData(EcsErrorKind.ServiceNotActive, "ServiceNotActiveException", ActionResult.ResourceGone)]
    [InlineData(EcsErrorKind.InvalidParameter, "InvalidParameterException", ActionResult.Failed)]
    [InlineData(EcsErrorKind.AccessDenied, "AccessDeniedException", ActionResult.Failed)]
    public async Task Execute_UpdateServiceError_BecomesAnOutcome(EcsErrorKind kind, string code, ActionResult expected)
    {
        var ecs = new FakeEcsApi { WriteError = Error(kind, code, "something not found") };

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Update, dryRun: false, CancellationToken.None);

        Assert.Equal(expected, outcome.Result);
    }

    [Fact]
    public async Task Execute_TransientFailure_SaysSo()
    {
        var ecs = new FakeEcsApi { WriteError = Error(EcsErrorKind.Server, "ServerException", "internal") };

        var outcome = await new EcsActuator(ecs).ExecuteAsync(Update, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Failed, outcome.Result);
        Assert.Contains("transient", outcome.Detail, StringComparison.Ordinal);
    }
}
