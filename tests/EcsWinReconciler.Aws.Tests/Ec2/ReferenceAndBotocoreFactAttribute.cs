using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>
/// A fact that needs both the reference data (botocore's examples) and the AWS API models (to write those JSON
/// examples as EC2 XML); skipped with the reason of whichever is absent.
/// </summary>
public sealed class ReferenceAndBotocoreFactAttribute : FactAttribute
{
    public ReferenceAndBotocoreFactAttribute()
    {
        Skip = new ReferenceFactAttribute().Skip ?? new BotocoreFactAttribute().Skip;
    }
}
