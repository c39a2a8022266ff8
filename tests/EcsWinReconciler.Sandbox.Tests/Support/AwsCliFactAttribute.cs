namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>A fact that runs the AWS CLI v2 against the sandbox; skipped, with the reason, where there is none.</summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public AwsCliFactAttribute()
    {
        if (AwsCli.Executable is null)
        {
            Skip = AwsCli.Missing;
        }
    }
}
