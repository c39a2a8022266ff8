using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Tests.State;

public class IdSourceTests
{
    [Fact]
    public void Resource_Shape_PrefixAnd17HexDigitsStartingWithZero()
    {
        var ids = new IdSource(1);

        Assert.All(Enumerable.Range(0, 50).Select(_ => ids.Resource("sgr")), id => Assert.Matches("^sgr-0[0-9a-f]{16}$", id));
    }

    [Fact]
    public void Uuid_Shape_Version4()
    {
        var ids = new IdSource(2);

        Assert.All(Enumerable.Range(0, 50).Select(_ => ids.Uuid()), id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }

    [Fact]
    public void SameSeed_SameSequence_OtherSeedOtherSequence()
    {
        string Draw(int seed)
        {
            var ids = new IdSource(seed);
            return string.Join(",", ids.Resource("eni"), ids.Uuid(), ids.MacAddress(), ids.Digits(19));
        }

        Assert.Equal(Draw(9), Draw(9));
        Assert.NotEqual(Draw(9), Draw(10));
        Assert.Matches("^[1-9][0-9]{18}$", new IdSource(3).Digits(19));
    }
}
