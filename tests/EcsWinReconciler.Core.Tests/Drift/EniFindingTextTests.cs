namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// How each finding reads to the person it reaches (alert e-mail, status, CLI), whole: the task ENI: missing, detached, addresses, description, subnet, public IP.
/// An empty readout means no finding.
/// </summary>
public class EniFindingTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "eni: no attachment",
            """
            eni.present High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=0a1b2c3d4e5f60718293a4b5c6d7e8f9
            expected: an attached task ENI
            actual: no ENI attachment
            message: Task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 runs in awsvpc mode without an ENI attachment; check the ECS agent on its host and replace the task.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: no interface id",
            """
            eni.present High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=0a1b2c3d4e5f60718293a4b5c6d7e8f9
            expected: an attached task ENI
            actual: attachment 5e7c9b1a-aaaa-bbbb-cccc-0123456789ab has no networkInterfaceId
            message: ECS reports ENI attachment 5e7c9b1a-aaaa-bbbb-cccc-0123456789ab of a RUNNING task without an interface id; check the ECS agent and replace the task.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: gone",
            """
            eni.present High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=0a1b2c3d4e5f60718293a4b5c6d7e8f9
            expected: an attached task ENI
            actual: eni-0def1234abc567890 no longer exists
            message: ENI eni-0def1234abc567890 is gone while task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 is RUNNING; the task has no network: replace it.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: found but not observed",
            """
            eni.present High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=0a1b2c3d4e5f60718293a4b5c6d7e8f9
            expected: an attached task ENI
            actual: eni-0def1234abc567890 no longer exists
            message: ENI eni-0def1234abc567890 is gone while task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 is RUNNING; the task has no network: replace it.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: detached",
            """
            eni.attached High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: in-use / attached
            actual: available / no attachment
            message: ENI eni-0def1234abc567890 is not in use and attached, so the task has no network; if this lasts, replace the task.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: attaching",
            """
            eni.attached High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: in-use / attached
            actual: in-use / attaching
            message: ENI eni-0def1234abc567890 is not in use and attached, so the task has no network; if this lasts, replace the task.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: no private ipv4",
            """
            eni.private-ipv4 High root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: a private IPv4 address
            actual: none
            message: ENI eni-0def1234abc567890 has no private IPv4 address; the task cannot be reached. Replace the task.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: other private ipv4",
            """
            eni.private-ipv4 Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: 10.20.3.41
            actual: 10.20.3.99
            message: ECS reports 10.20.3.41 for the task but ENI eni-0def1234abc567890 has 10.20.3.99; service discovery and target groups may point at the wrong address.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: foreign description",
            """
            eni.description Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: arn:aws:ecs:us-east-1:111122223333:attachment/5e7c9b1a-aaaa-bbbb-cccc-0123456789ab
            actual: Primary network interface
            message: ENI eni-0def1234abc567890 is not described as this task's attachment; the task's attachment details may name another task's ENI.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: no description",
            """
            eni.description Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: arn:aws:ecs:us-east-1:111122223333:attachment/5e7c9b1a-aaaa-bbbb-cccc-0123456789ab
            actual: (none)
            message: ENI eni-0def1234abc567890 is not described as this task's attachment; the task's attachment details may name another task's ENI.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "eni: task arn that is no arn, foreign description",
            ""
        },
        {
            "eni: wrong subnet",
            """
            eni.subnet High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: [subnet-0a1b2c3d4e5f60718, subnet-0b2c3d4e5f6071829]
            actual: subnet-0c3d4e5f607182930
            message: ENI eni-0def1234abc567890 is in subnet-0c3d4e5f607182930, which the spec does not allow; the service's awsvpcConfiguration decides where new tasks land.
            remedy: ServiceNetworkRemedy
            """
        },
        {
            "eni: public ip forbidden",
            """
            eni.public-ip High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: no public IP
            actual: 54.0.0.1
            message: ENI eni-0def1234abc567890 has public IP 54.0.0.1, which the spec forbids; set assignPublicIp DISABLED on the service and replace the task.
            remedy: ServiceNetworkRemedy
            """
        },
        {
            "eni: public ip required",
            """
            eni.public-ip Medium root=task:arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 resource=eni-0def1234abc567890
            expected: a public IP
            actual: none
            message: ENI eni-0def1234abc567890 has no public IP; EC2-launch-type awsvpc tasks cannot get one, so reach the task through a load balancer or NAT instead.
            remedy: AlertOnlyRemedy
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_SaysWhatIsWrongWhereAndWhatToDo(string drift, string readout) => DriftScenarios.AssertReads(drift, readout);
}
