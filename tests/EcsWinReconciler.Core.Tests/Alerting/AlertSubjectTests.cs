using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>SNS refuses a Subject of 100 characters or more, or with anything but printable ASCII: the limits at their edges.</summary>
public class AlertSubjectTests
{
    [Fact]
    public void Subject_OfExactlyTheLimit_IsKeptWhole()
    {
        var text = new string('s', AlertMessageFormatter.MaxSubjectLength);

        Assert.Equal(text, AlertMessageFormatter.Subject(text));
    }

    [Fact]
    public void Subject_OneOverTheLimit_IsCutToTheLimitEndingInDots()
    {
        var subject = AlertMessageFormatter.Subject(new string('s', AlertMessageFormatter.MaxSubjectLength + 1));

        Assert.Equal(new string('s', AlertMessageFormatter.MaxSubjectLength - 3) + "...", subject);
    }

    [Fact]
    public void Subject_PrintableAsciiEdges_AreKept() => Assert.Equal("a b~c !", AlertMessageFormatter.Subject("a b~c !"));

    [Fact]
    public void Subject_DeleteAndTab_AreReplaced() => Assert.Equal("a?b c", AlertMessageFormatter.Subject("a\u007fb\tc"));

    [Fact]
    public void Subject_CarriageReturn_BecomesASpace() => Assert.Equal("a b", AlertMessageFormatter.Subject("a\rb"));

    [Fact]
    public void Subject_SurroundingSpaces_AreTrimmed() => Assert.Equal("x", AlertMessageFormatter.Subject("\t x \n"));

    [Fact]
    public void Subject_NothingPrintable_IsTheProductName() => Assert.Equal("EcsWinReconciler", AlertMessageFormatter.Subject(" \r\n "));
}
