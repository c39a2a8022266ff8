namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// How each finding reads to the person it reaches (alert e-mail, status, CLI), whole: the group set, forbidden rules (severity by source, how far a revoke reaches) and required rules.
/// An empty readout means no finding.
/// </summary>
public class SecurityGroupFindingTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "sg: wrong set, exact",
            """
            sg.set High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: exactly [sg-0123456789abcdef0]
            actual: [sg-0123456789abcdef0, sg-0aaaabbbbccccdddd]
            message: ENI eni-0def1234abc567890 has the wrong security groups (unexpected [sg-0aaaabbbbccccdddd]); task ENIs cannot be modified, so fix the service's awsvpcConfiguration and redeploy, or replace the task.
            remedy: ServiceNetworkRemedy
            """
        },
        {
            "sg: missing group, superset",
            """
            sg.set High root=service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver resource=eni-0def1234abc567890
            expected: at least [sg-0123456789abcdef0, sg-0fedcba9876543210]
            actual: [sg-0123456789abcdef0, sg-0aaaabbbbccccdddd]
            message: ENI eni-0def1234abc567890 has the wrong security groups (missing [sg-0fedcba9876543210]); task ENIs cannot be modified, so fix the service's awsvpcConfiguration and redeploy, or replace the task.
            remedy: ServiceNetworkRemedy
            """
        },
        {
            "sg: rdp from the world",
            """
            sg.forbidden-ingress Critical root=rule:sg-0123456789abcdef0/sgr-0000000000000000a resource=sg-0123456789abcdef0/sgr-0000000000000000a
            expected: no ingress matching tcp 3389 from 0.0.0.0/0
            actual: sgr-0000000000000000a: tcp 3389 from 0.0.0.0/0
            message: Group sg-0123456789abcdef0 rule sgr-0000000000000000a allows tcp 3389 from 0.0.0.0/0, which the spec forbids (tcp 3389 from 0.0.0.0/0); revoking it changes all 3 ENIs that use it.
            remedy: RevokeRuleRemedy
            """
        },
        {
            "sg: rdp from a range, reach unknown",
            """
            sg.forbidden-ingress High root=rule:sg-0123456789abcdef0/sgr-0000000000000000a resource=sg-0123456789abcdef0/sgr-0000000000000000a
            expected: no ingress matching tcp 3389 from 10.0.0.0/8
            actual: sgr-0000000000000000a: tcp 3000-4000 from 10.0.0.0/8
            message: Group sg-0123456789abcdef0 rule sgr-0000000000000000a allows tcp 3000-4000 from 10.0.0.0/8, which the spec forbids (tcp 3389 from 10.0.0.0/8); revoking it changes every ENI that uses it.
            remedy: RevokeRuleRemedy
            """
        },
        {
            "sg: the only rule is the only one forbidden",
            """
            sg.forbidden-ingress Critical root=rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2 resource=sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2
            expected: no ingress matching tcp 3389 from 0.0.0.0/0
            actual: sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0
            message: Group sg-0123456789abcdef0 rule sgr-0bbbbbbbbbbbbbbb2 allows tcp 3389 from 0.0.0.0/0, which the spec forbids (tcp 3389 from 0.0.0.0/0); revoking it changes all 3 ENIs that use it.
            remedy: RevokeRuleRemedy
            """
        },
        {
            "sg: required rule missing",
            """
            sg.required-ingress High root=group:sg-0123456789abcdef0/tcp:80:sg-0fedcba9876543210 resource=sg-0123456789abcdef0/tcp:80:sg-0fedcba9876543210
            expected: tcp 80 from sg-0fedcba9876543210
            actual: no rule on [sg-0123456789abcdef0] admits it
            message: No group on ENI eni-0def1234abc567890 allows tcp 80 from sg-0fedcba9876543210, which the spec requires; add the rule to sg-0123456789abcdef0.
            remedy: AuthorizeRuleRemedy
            """
        },
        {
            "sg: required rule's group not on the eni",
            """
            sg.required-ingress High root=group:sg-0aaaabbbbccccdddd/tcp:80:sg-0fedcba9876543210 resource=sg-0aaaabbbbccccdddd/tcp:80:sg-0fedcba9876543210
            expected: tcp 80 from sg-0fedcba9876543210
            actual: no rule on [sg-0123456789abcdef0] admits it
            message: No group on ENI eni-0def1234abc567890 allows tcp 80 from sg-0fedcba9876543210; the spec puts it on sg-0aaaabbbbccccdddd, which is not on the ENI: fix the group set first.
            remedy: AlertOnlyRemedy
            """
        },
        {
            "sg: required rule, no group anywhere",
            """
            sg.required-ingress High root=group:(no group)/tcp:80:sg-0fedcba9876543210 resource=(no group)/tcp:80:sg-0fedcba9876543210
            expected: tcp 80 from sg-0fedcba9876543210
            actual: no rule on [sg-0123456789abcdef0] admits it
            message: No group on ENI eni-0def1234abc567890 allows tcp 80 from sg-0fedcba9876543210; the spec puts it on (no group), which is not on the ENI: fix the group set first.
            remedy: AlertOnlyRemedy
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_SaysWhatIsWrongWhereAndWhatToDo(string drift, string readout) => DriftScenarios.AssertReads(drift, readout);
}
