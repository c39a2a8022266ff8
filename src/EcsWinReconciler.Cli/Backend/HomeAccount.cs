using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>The hub's own account when the deployment does not say it (EWR_ACCOUNT_ID): the account the CLI's credentials are in.</summary>
internal static class HomeAccount
{
    /// <summary>The account field of the caller's ARN (<c>arn:aws:sts::111122223333:assumed-role/Admin/ana</c>).</summary>
    public static string OfCaller(string callerArn)
    {
        var parts = callerArn.Split(':', 6);
        return parts is ["arn", _, _, _, { Length: 12 } account, _] && account.All(char.IsAsciiDigit)
            ? account
            : throw new CliException(
                $"STS named the caller '{callerArn}', which holds no account id; ewr needs the hub's account to tell its own tasks from its members'",
                "set EWR_ACCOUNT_ID to the hub's 12-digit account id (the functions have it)",
                ExitCodes.Aws);
    }
}
