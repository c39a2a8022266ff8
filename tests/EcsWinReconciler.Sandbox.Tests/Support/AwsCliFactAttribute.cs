namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>A fact that runs the AWS CLI against the sandbox; skipped, with the reason, where <c>aws</c> is not on PATH.</summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public AwsCliFactAttribute()
    {
        if (AwsCli.Executable is null)
        {
            Skip = "the AWS CLI (aws) is not on PATH; install it (Debian: apt-get install awscli) to check that it reads the sandbox's answers";
        }
    }
}
