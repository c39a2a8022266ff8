using EcsWinReconciler.Cli.Output.Tables;
using FsCheck.Xunit;

namespace EcsWinReconciler.Cli.Tests.Output.Tables;

public sealed class TextFitTests
{
    [Fact]
    public void Cut_LongText_EndsAtASpaceWithAnEllipsis()
    {
        Assert.Equal("sg-0123456789abcdef0 allows…", TextFit.Cut("sg-0123456789abcdef0 allows 3389 from 0.0.0.0/0", 30));
    }

    [Fact]
    public void Cut_FirstWordLongerThanTheWidth_IsOnlyTheEllipsis()
    {
        Assert.Equal("…", TextFit.Cut("arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver", 20));
    }

    [Fact]
    public void Wrap_WordLongerThanTheLine_StandsAloneWhole()
    {
        var lines = TextFit.Wrap("on arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver now", 20);

        Assert.Equal(["on", "arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver", "now"], lines);
    }

    [Property]
    public bool Cut_NeverSplitsAWord(string? text, byte width)
    {
        var words = (text ?? string.Empty).Replace('…', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = TextFit.Cut(string.Join(' ', words), Math.Max(1, (int)width));
        return cut.TrimEnd('…').Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w));
    }

    [Property]
    public bool Wrap_KeepsEveryWordWholeAndInOrder(string? text, byte width)
    {
        var words = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = TextFit.Wrap(string.Join(' ', words), Math.Max(1, (int)width));
        return lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).SequenceEqual(words);
    }
}
