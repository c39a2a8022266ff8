namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// How each finding reads to the person it reaches (alert e-mail, status, CLI), whole: a rollout stuck or failed (at the limit and just under it) and a host out of ENI slots.
/// An empty readout means no finding.
/// </summary>
public class ServiceAndCapacityFindingTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "capacity: host full",
            """
            capacity.host-eni Low root=host:i-0123456789abcdef0 resource=i-0123456789abcdef0
            expected: a free ENI slot for the next task
            actual: 3 of 3 ENIs in use
            message: Host i-0123456789abcdef0 (m5.large) uses all 3 ENIs (the primary one included): no further awsvpc task can be placed on it (Windows has no ENI trunking; placement fails with RESOURCE:ENI). Add hosts or use an instance type with more ENIs.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "service: rollout stuck",
            """
            service.rollout-stuck High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver
            expected: deployment completes within 30 min
            actual: IN_PROGRESS for 31 min: 1 of 2 running, 1 pending, 3 failed to start
            message: Service iis-webserver's deployment ecs-svc/1234567890123456789 has been rolling out for 31 min (1 of 2 running, 1 pending, 3 failed to start); until it completes, the old tasks and their network stay as they are. ECS reported no ENI placement error (RESOURCE:ENI): look at the failed tasks' stopped reasons.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "service: rollout just under the limit",
            ""
        },
        {
            "service: rollout exactly at the limit",
            """
            service.rollout-stuck High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver
            expected: deployment completes within 30 min
            actual: IN_PROGRESS for 30 min: 1 of 2 running, 1 pending, 3 failed to start
            message: Service iis-webserver's deployment ecs-svc/1234567890123456789 has been rolling out for 30 min (1 of 2 running, 1 pending, 3 failed to start); until it completes, the old tasks and their network stay as they are. ECS reported no ENI placement error (RESOURCE:ENI): look at the failed tasks' stopped reasons.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "service: rollout failed, ENI placement",
            """
            capacity.host-eni Low root=host:i-0123456789abcdef0 resource=i-0123456789abcdef0
            expected: a free ENI slot for the next task
            actual: 3 of 3 ENIs in use
            message: Host i-0123456789abcdef0 (m5.large) uses all 3 ENIs (the primary one included): no further awsvpc task can be placed on it (Windows has no ENI trunking; placement fails with RESOURCE:ENI). Add hosts or use an instance type with more ENIs.
            remedy: AlertOnlyRemedy
            service.rollout-stuck High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver
            expected: deployment completes within 30 min
            actual: FAILED after 5 min: 1 of 2 running, 1 pending, 3 failed to start
            message: Service iis-webserver's deployment ecs-svc/1234567890123456789 FAILED after 5 min (1 of 2 running, 1 pending, 3 failed to start); until it completes, the old tasks and their network stay as they are. ECS says: tasks failed to start Latest service event: (service iis-webserver) was unable to place a task. Reason: RESOURCE:ENI The hosts are out of ENI slots: ECS could not place tasks (RESOURCE:ENI); host i-0123456789abcdef0 uses all 3 of its ENIs; Windows has no ENI trunking, so add hosts or use an instance type with more ENIs.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "service: rollout stuck, host full",
            """
            capacity.host-eni Low root=host:i-0123456789abcdef0 resource=i-0123456789abcdef0
            expected: a free ENI slot for the next task
            actual: 3 of 3 ENIs in use
            message: Host i-0123456789abcdef0 (m5.large) uses all 3 ENIs (the primary one included): no further awsvpc task can be placed on it (Windows has no ENI trunking; placement fails with RESOURCE:ENI). Add hosts or use an instance type with more ENIs.
            remedy: AlertOnlyRemedy
            service.rollout-stuck High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver
            expected: deployment completes within 30 min
            actual: IN_PROGRESS for 45 min: 1 of 2 running, 1 pending, 3 failed to start
            message: Service iis-webserver's deployment ecs-svc/1234567890123456789 has been rolling out for 45 min (1 of 2 running, 1 pending, 3 failed to start); until it completes, the old tasks and their network stay as they are. Latest service event: has started 1 tasks Out of ENI slots is likely: host i-0123456789abcdef0 uses all 3 of its ENIs; Windows has no ENI trunking.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "service: rollout completed",
            ""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_SaysWhatIsWrongWhereAndWhatToDo(string drift, string readout) => DriftScenarios.AssertReads(drift, readout);
}
