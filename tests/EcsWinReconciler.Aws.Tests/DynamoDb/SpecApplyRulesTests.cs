using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class SpecApplyRulesTests
{
    [Fact]
    public void Settle_NothingStored_WriteUnlessAnExistingGenerationWasExpected()
    {
        Assert.Null(SpecApplyRules.Settle(null, "doc", null));
        Assert.Null(SpecApplyRules.Settle(null, "doc", 0));
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 0), SpecApplyRules.Settle(null, "doc", 3));
    }

    [Fact]
    public void Settle_SameDocument_UnchangedEvenWithAStaleExpectation()
    {
        var stored = new StoredSpecVersion(4, "doc");

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 4), SpecApplyRules.Settle(stored, "doc", null));
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 4), SpecApplyRules.Settle(stored, "doc", 3));
    }

    [Fact]
    public void Settle_OtherDocument_WriteWhenExpectationHoldsElseConflict()
    {
        var stored = new StoredSpecVersion(4, "doc");

        Assert.Null(SpecApplyRules.Settle(stored, "new", null));
        Assert.Null(SpecApplyRules.Settle(stored, "new", 4));
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 4), SpecApplyRules.Settle(stored, "new", 3));
    }
}
