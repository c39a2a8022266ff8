using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Sweeps;

public class SelectionTests
{
    /// <summary>A spec for the whole cluster (family "*") selects every family; a spec for a family selects only it.</summary>
    [Fact]
    public void Of_ClusterDefaultAndFamilySelectors_SelectEveryFamilyOrThatOne()
    {
        var wholeCluster = Selection.Of(new TaskSelector("win-prod", TaskSelector.AnyFamily));
        var oneFamily = Selection.Of(new TaskSelector("win-prod", "iis-webserver"));

        Assert.Equal(new Selection("win-prod", null), wholeCluster);
        Assert.Equal(new Selection("win-prod", "iis-webserver"), oneFamily);
    }

    [Fact]
    public void ToString_ClusterArnAndNoFamily_NamesTheClusterAndEveryFamily() =>
        Assert.Equal("win-prod/*", new Selection("arn:aws:ecs:us-east-1:111122223333:cluster/win-prod", null).ToString());
}
