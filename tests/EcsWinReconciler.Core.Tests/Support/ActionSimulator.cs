using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Support;

/// <summary>
/// Applies planned actions to an observation the way AWS would, so properties can re-check the result:
/// rule edits change the group, VPC attributes flip on, a service update or task replacement brings a fresh
/// task whose ENI follows the service's awsvpcConfiguration.
/// </summary>
internal static class ActionSimulator
{
    public static TaskObservation Apply(TaskObservation observed, IEnumerable<PlannedAction> actions)
    {
        var result = observed;
        var ruleSeq = 0;
        foreach (var planned in actions.Where(a => !a.DryRun))
        {
            result = planned.Action switch
            {
                RevokeIngressRule r => result with { SecurityGroups = result.SecurityGroups.Select(g => g.Id == r.GroupId ? g with { Ingress = g.Ingress.Where(x => x.RuleId != r.RuleId).ToEquatableArray() } : g).ToEquatableArray() },
                AuthorizeIngressRule a => result with { SecurityGroups = result.SecurityGroups.Select(g => g.Id == a.GroupId ? g with { Ingress = [.. g.Ingress, new ObservedIngressRule($"sgr-0new{ruleSeq++:D13}", g.Id, a.Permission)] } : g).ToEquatableArray() },
                EnableVpcAttribute v => result with { Vpc = v.Attribute == VpcAttribute.EnableDnsSupport ? result.Vpc! with { DnsSupport = true } : result.Vpc! with { DnsHostnames = true } },
                UpdateServiceNetwork u => Replace(result with { Service = result.Service! with { Subnets = u.Subnets, SecurityGroups = u.SecurityGroups, AssignPublicIp = u.AssignPublicIp } }),
                ReplaceTask => Replace(result),
                _ => throw new InvalidOperationException($"unknown action {planned.Action}"),
            };
        }

        return result;
    }

    /// <summary>A fresh task from the service: new ENI in the service's first subnet with the service's groups.</summary>
    private static TaskObservation Replace(TaskObservation observed)
    {
        var service = observed.Service!;
        var eni = IisObservation.Eni() with
        {
            SubnetId = service.Subnets[0],
            GroupIds = service.SecurityGroups,
            PublicIp = service.AssignPublicIp ? "54.0.0.1" : null,
        };
        var attachment = IisObservation.Attachment() with
        {
            Details = [.. IisObservation.Attachment().Details.Where(d => d.Key != "subnetId"), new("subnetId", service.Subnets[0])],
        };
        var groups = observed.SecurityGroups.Where(g => service.SecurityGroups.Contains(g.Id))
            .Concat(service.SecurityGroups.Where(id => observed.Group(id) is null).Select(id => new ObservedSecurityGroup(id, null, Ids.VpcId, [])))
            .ToEquatableArray();
        return observed with { Task = observed.Task with { Attachments = [attachment] }, Eni = eni, EniLookup = EniLookup.Found, SecurityGroups = groups };
    }
}
