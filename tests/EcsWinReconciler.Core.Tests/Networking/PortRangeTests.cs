using EcsWinReconciler.Core.Networking;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Networking;

public class PortRangeTests
{
    [Theory]
    [InlineData("80", 80, 80)]
    [InlineData("5985-5986", 5985, 5986)]
    [InlineData("all", 0, 65535)]
    [InlineData("0-65535", 0, 65535)]
    public void TryParse_ValidForms_Parse(string text, int from, int to)
    {
        Assert.True(PortRange.TryParse(text, out var range, out _));
        Assert.Equal(new PortRange(from, to), range);
    }

    [Theory]
    [InlineData("5986-5985", "runs backwards")]
    [InlineData("65536", "is not a port")]
    [InlineData("-1", "is not a port")]
    [InlineData("http", "is not a port")]
    public void TryParse_Invalid_SaysWhy(string text, string fragment)
    {
        Assert.False(PortRange.TryParse(text, out _, out var problem));
        Assert.Contains(fragment, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3000, 4000, 3389, 3389, true)]
    [InlineData(5985, 5985, 5985, 5986, true)]
    [InlineData(5987, 6000, 5985, 5986, false)]
    [InlineData(0, 65535, 22, 22, true)]
    public void Overlaps_SharedPorts_Overlap(int a, int b, int c, int d, bool expected) =>
        Assert.Equal(expected, new PortRange(a, b).Overlaps(new PortRange(c, d)));

    [Property]
    public bool Overlaps_IsSymmetric(ushort a, ushort b, ushort c, ushort d)
    {
        var x = new PortRange(Math.Min(a, b), Math.Max(a, b));
        var y = new PortRange(Math.Min(c, d), Math.Max(c, d));
        return x.Overlaps(y) == y.Overlaps(x);
    }

    [Property]
    public bool Contains_ImpliesOverlaps(ushort a, ushort b, ushort c, ushort d)
    {
        var x = new PortRange(Math.Min(a, b), Math.Max(a, b));
        var y = new PortRange(Math.Min(c, d), Math.Max(c, d));
        return !x.Contains(y) || x.Overlaps(y);
    }
}
