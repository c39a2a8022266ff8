using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Places;

/// <summary>A member place ewr cannot act in, said with its account and region (and what to set, or what to deploy there).</summary>
internal static class MemberAccess
{
    public static CliException NoRole(AccountRegion place, Exception cause) => new(
        $"cannot reach account {place.Account} in region {place.Region}: no member role is configured ({cause.Message})",
        "set EWR_MEMBER_EXTERNAL_ID (and EWR_MEMBER_ROLE_NAME unless it is EcsWinReconciler-member) as the hub's functions have them",
        ExitCodes.Aws);

    /// <summary>The member's role could not be assumed (not deployed there, wrong external id, not trusted): null when it is another failure.</summary>
    public static CliException? Denied(AccountRegion place, Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is AdapterException { Component: "sts" } || e.Message.Contains("AccessDenied", StringComparison.Ordinal))
            {
                return new CliException(
                    $"cannot reach account {place.Account} in region {place.Region}: assuming its member role was refused ({e.Message})",
                    $"deploy member.yaml in account {place.Account} (it creates the role) with the hub's external id, or check EWR_MEMBER_ROLE_NAME and EWR_MEMBER_EXTERNAL_ID; " +
                    "the role trusts only roles of the hub account named after the hub stack (HubStackName-…), so run ewr as one, with the policy 'ewr iam-policy reconcile' prints",
                    ExitCodes.Aws);
            }
        }

        return null;
    }
}
