using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests;

public class ReferenceDataTests
{
    [BotocoreFact]
    public void BotocoreModels_Ecs_IsJson11WithTheDocumentedTargetPrefix()
    {
        using var model = BotocoreModels.Load("ecs");
        var metadata = model.RootElement.GetProperty("metadata");
        Assert.Equal("json", metadata.GetProperty("protocol").GetString());
        Assert.Equal("AmazonEC2ContainerServiceV20141113", metadata.GetProperty("targetPrefix").GetString());
    }
}
