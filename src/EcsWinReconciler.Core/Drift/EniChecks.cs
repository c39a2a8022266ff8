using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The task ENI: present, attached and in use, in an allowed subnet, with a private IPv4, within the public-IP
/// policy, and really this task's ENI. Findings are reported at the ENI; remedies act one layer up (the service).
/// </summary>
public static class EniChecks
{
    public static IEnumerable<Finding> Evaluate(EniSpec? spec, TaskObservation observed)
    {
        List<Finding>? findings = null;
        Collect(spec, observed, ref findings);
        return FindingList.OrEmpty(findings);
    }

    internal static void Collect(EniSpec? spec, TaskObservation observed, ref List<Finding>? findings)
    {
        if (observed.EniLookup != EniLookup.Found || observed.Eni is null)
        {
            FindingList.Add(ref findings, Missing(observed));
            return;
        }

        var eni = observed.Eni;
        if (!eni.IsInUseAndAttached)
        {
            FindingList.Add(ref findings, FindingFactory.ForTask(
                observed, CheckIds.EniAttached, eni.Id, Severity.High, "in-use / attached",
                $"{eni.Status} / {eni.Attachment?.Status ?? "no attachment"}",
                $"ENI {eni.Id} is not in use and attached, so the task has no network; if this lasts, replace the task."));
        }

        if (PrivateIpv4(observed, eni) is { } privateIpv4)
        {
            FindingList.Add(ref findings, privateIpv4);
        }

        if (Description(observed, eni) is { } description)
        {
            FindingList.Add(ref findings, description);
        }

        if (spec is null)
        {
            return;
        }

        if (!spec.Subnets.IsEmpty && !spec.Subnets.AsImmutableArray().Contains(eni.SubnetId))
        {
            // High: a task outside the spec's subnets is where the platform team said it must not be (a public or a shared
            // subnet, another team's NACLs); the README's sample alerts from high, and this must not hide below it.
            FindingList.Add(ref findings, FindingFactory.FromLaunch(
                observed, CheckIds.EniSubnet, eni.Id, Severity.High, FindingFactory.List(spec.Subnets), eni.SubnetId,
                $"ENI {eni.Id} is in {eni.SubnetId}, which the spec does not allow; the service's awsvpcConfiguration decides where new tasks land.",
                Remedy.FixServiceNetwork));
        }

        if (PublicIp(spec.PublicIp, observed, eni) is { } publicIp)
        {
            FindingList.Add(ref findings, publicIp);
        }
    }

    private static Finding Missing(TaskObservation observed)
    {
        var attachment = observed.Task.EniAttachment;
        var (actual, message) = observed.EniLookup switch
        {
            EniLookup.NoAttachment => ("no ENI attachment", $"Task {observed.Task.TaskId} runs in awsvpc mode without an ENI attachment; check the ECS agent on its host and replace the task."),
            EniLookup.NoInterfaceId => ($"attachment {attachment?.Id} has no networkInterfaceId", $"ECS reports ENI attachment {attachment?.Id} of a RUNNING task without an interface id; check the ECS agent and replace the task."),
            _ => ($"{attachment?.NetworkInterfaceId} no longer exists", $"ENI {attachment?.NetworkInterfaceId} is gone while task {observed.Task.TaskId} is RUNNING; the task has no network: replace it."),
        };
        return FindingFactory.ForTask(observed, CheckIds.EniPresent, observed.Task.TaskId, Severity.High, "an attached task ENI", actual, message);
    }

    private static Finding? PrivateIpv4(TaskObservation observed, ObservedEni eni)
    {
        var reported = observed.Task.EniAttachment?.PrivateIpv4Address;
        if (string.IsNullOrEmpty(eni.PrivateIpv4Address))
        {
            return FindingFactory.ForTask(
                observed, CheckIds.EniPrivateIpv4, eni.Id, Severity.High, "a private IPv4 address", "none",
                $"ENI {eni.Id} has no private IPv4 address; the task cannot be reached. Replace the task.");
        }

        return reported is not null && !string.Equals(reported, eni.PrivateIpv4Address, StringComparison.Ordinal)
            ? FindingFactory.ForTask(
                observed, CheckIds.EniPrivateIpv4, eni.Id, Severity.Medium, reported, eni.PrivateIpv4Address,
                $"ECS reports {reported} for the task but ENI {eni.Id} has {eni.PrivateIpv4Address}; service discovery and target groups may point at the wrong address.")
            : null;
    }

    private static Finding? PublicIp(PublicIpPolicy policy, TaskObservation observed, ObservedEni eni) => policy switch
    {
        PublicIpPolicy.Forbidden when eni.PublicIp is not null => FindingFactory.FromLaunch(
            observed, CheckIds.EniPublicIp, eni.Id, Severity.High, "no public IP", eni.PublicIp,
            $"ENI {eni.Id} has public IP {eni.PublicIp}, which the spec forbids; set assignPublicIp DISABLED on the service and replace the task.",
            Remedy.FixServiceNetwork),
        PublicIpPolicy.Required when eni.PublicIp is null => FindingFactory.ForTask(
            observed, CheckIds.EniPublicIp, eni.Id, Severity.Medium, "a public IP", "none",
            $"ENI {eni.Id} has no public IP; EC2-launch-type awsvpc tasks cannot get one, so reach the task through a load balancer or NAT instead."),
        _ => null,
    };

    /// <summary>A task ENI's EC2 description is the ECS attachment ARN; anything else means the details point elsewhere.</summary>
    private static Finding? Description(TaskObservation observed, ObservedEni eni)
    {
        var attachmentId = observed.Task.EniAttachment?.Id;
        if (attachmentId is null || IsAttachmentArn(eni.Description, observed.Task.TaskArn, attachmentId) is not false)
        {
            return null;
        }

        var arn = observed.Task.ArnParts()!.Value;
        var expected = $"arn:{arn.Partition}:ecs:{arn.Region}:{arn.Account}:attachment/{attachmentId}";
        return FindingFactory.ForTask(
                observed, CheckIds.EniDescription, eni.Id, Severity.Medium, expected, eni.Description ?? "(none)",
                $"ENI {eni.Id} is not described as this task's attachment; the task's attachment details may name another task's ENI.");
    }

    /// <summary>
    /// Whether <paramref name="description"/> is <c>arn:PARTITION:ecs:REGION:ACCOUNT:attachment/ID</c> with the task ARN's
    /// partition, region and account, compared in place (no string built); null when the task ARN is not an ARN.
    /// </summary>
    internal static bool? IsAttachmentArn(string? description, string taskArn, string attachmentId)
    {
        // arn:PARTITION:SERVICE:REGION:ACCOUNT:… — the description must repeat it with SERVICE = ecs.
        var arn = taskArn.AsSpan();
        Span<int> colons = stackalloc int[5];
        var found = 0;
        for (var i = 0; i < arn.Length && found < colons.Length; i++)
        {
            if (arn[i] == ':')
            {
                colons[found++] = i;
            }
        }

        if (found < colons.Length || !arn[..colons[0]].SequenceEqual("arn"))
        {
            return null;
        }

        // "arn:PARTITION" + ":ecs" + ":REGION:ACCOUNT:" + "attachment/" + ID
        var text = description.AsSpan();
        var arnAndPartition = arn[..colons[1]];
        var regionAndAccount = arn[colons[2]..(colons[4] + 1)];
        return text.StartsWith(arnAndPartition, StringComparison.Ordinal) &&
               text[arnAndPartition.Length..].StartsWith(":ecs", StringComparison.Ordinal) &&
               text[(arnAndPartition.Length + 4)..].StartsWith(regionAndAccount, StringComparison.Ordinal) &&
               text[(arnAndPartition.Length + 4 + regionAndAccount.Length)..].StartsWith("attachment/", StringComparison.Ordinal) &&
               text[(arnAndPartition.Length + 4 + regionAndAccount.Length + "attachment/".Length)..].SequenceEqual(attachmentId);
    }
}
