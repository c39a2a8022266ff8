using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

public sealed class PermissionCheckTests
{
    private const string Execute = "INetworkActuator.ExecuteAsync";
    private const string List = "IAlertStore.ListAsync";

    private static readonly Dictionary<string, IReadOnlyList<IamGrant>> Declared = new(StringComparer.Ordinal)
    {
        [Execute] =
        [
            new("ec2:RevokeSecurityGroupIngress", IamResource.SecurityGroups, NeededWhen.TryingChanges),
            new("ecs:StopTask", IamResource.EcsTasks, NeededWhen.Changing),
            new("kms:Decrypt", IamResource.AlertTopicKey, Via: "ecs:StopTask"),
        ],
        [List] = [new("dynamodb:Query", IamResource.StateTableIndex("alerts"))],
    };

    private static readonly PortRecording DryRevoke = new(Execute, true, [Call("ec2:RevokeSecurityGroupIngress")]);
    private static readonly PortRecording RealStop = new(Execute, false, [Call("ecs:StopTask")]);
    private static readonly PortRecording QueryIndex = new(List, false, [new("dynamodb:Query", IamResource.StateTableIndex("alerts"))]);

    [Fact]
    public void Problems_CallsMatchDeclarationsBothWays_None()
    {
        Assert.Empty(PermissionCheck.Problems(Declared, [DryRevoke, RealStop, QueryIndex]));
    }

    [Fact]
    public void Problems_UndeclaredCall_IsReported()
    {
        var problems = PermissionCheck.Problems(Declared, [DryRevoke, RealStop with { Calls = [Call("ecs:StopTask"), Call("ecs:DeleteService")] }, QueryIndex]);

        Assert.Equal(["INetworkActuator.ExecuteAsync sent ecs:DeleteService, which it does not declare"], problems);
    }

    [Fact]
    public void Problems_QueryOnTheTableInsteadOfTheIndex_IsReportedBothWays()
    {
        var problems = PermissionCheck.Problems(Declared, [DryRevoke, RealStop, QueryIndex with { Calls = [new("dynamodb:Query", IamResource.StateTable)] }]);

        Assert.Equal(
            [
                "IAlertStore.ListAsync sent dynamodb:Query on dynamodb:table/State, which it does not declare",
                "IAlertStore.ListAsync declares dynamodb:Query on dynamodb:table/State/index/alerts but never sent it",
            ],
            problems);
    }

    [Fact]
    public void Problems_ChangeOnlyCallInADryRun_IsReported()
    {
        var problems = PermissionCheck.Problems(Declared, [DryRevoke with { Calls = [Call("ec2:RevokeSecurityGroupIngress"), Call("ecs:StopTask")] }, RealStop, QueryIndex]);

        Assert.Equal(["INetworkActuator.ExecuteAsync (dry run) sent ecs:StopTask, which it declares as needed only when changing"], problems);
    }

    [Fact]
    public void Problems_TryingChangesNeverSentInADryRun_IsReported()
    {
        var problems = PermissionCheck.Problems(Declared, [DryRevoke with { DryRun = false }, RealStop, QueryIndex]);

        Assert.Equal(["INetworkActuator.ExecuteAsync declares ec2:RevokeSecurityGroupIngress on ec2:security-group (TryingChanges) but never sent it in a dry run"], problems);
    }

    [Fact]
    public void Problems_MethodNeverDriven_IsReported()
    {
        Assert.Equal(["IAlertStore.ListAsync was never driven"], PermissionCheck.Problems(Declared, [DryRevoke, RealStop]));
    }

    private static WireCall Call(string action) => new(action, null);
}
