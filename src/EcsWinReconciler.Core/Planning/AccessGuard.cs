using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// The last line of "never widen access beyond the spec": every planned action is checked against the spec and
/// what is already there. Revokes only narrow; authorizes must be exactly a required rule; service updates may only
/// use groups/subnets the spec names (or the service already has) and never turn a public IP on; VPC attributes only go on.
/// </summary>
public static class AccessGuard
{
    public static bool IsWithinSpec(RemediationAction action, TaskNetworkSpec spec, TaskObservation observed) => action switch
    {
        RevokeIngressRule => true,
        EnableVpcAttribute => true,
        ReplaceTask => true,
        AuthorizeIngressRule a => spec.Spec.SecurityGroups is { } sg &&
            sg.RequiredIngress.Any(r => r.Permission == a.Permission && (r.Group ?? sg.Ids.FirstOrDefault()) == a.GroupId),
        UpdateServiceNetwork u => ServiceUpdateIsWithinSpec(u, spec.Spec, observed.Service),
        _ => false,
    };

    private static bool ServiceUpdateIsWithinSpec(UpdateServiceNetwork update, SpecBody spec, ObservedService? service)
    {
        var publicIpAllowed = service?.AssignPublicIp == true && spec.Eni?.PublicIp != PublicIpPolicy.Forbidden;
        return IdSets.AllIn(update.SecurityGroups, spec.SecurityGroups?.Ids ?? [], service?.SecurityGroups ?? []) &&
               IdSets.AllIn(update.Subnets, spec.Eni?.Subnets ?? [], service?.Subnets ?? []) &&
               (!update.AssignPublicIp || publicIpAllowed) &&
               !update.SecurityGroups.IsEmpty && !update.Subnets.IsEmpty;
    }
}
