using EcsWinReconciler.Aws.Sns;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Aws.Tests.Sns;

public class SnsRulesTests
{
    [Theory]
    [InlineData("Drift opened: iis-webserver", "Drift opened: iis-webserver")]
    [InlineData("  line1\nline2\r\n\tend ", "line1 line2 end")]
    [InlineData("“Quoted” — dash… done", "\"Quoted\" - dash... done")]
    [InlineData("\u0001\u0002", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("🔥 fire", "? fire")]
    public void Sanitize_Examples(string? subject, string? expected) =>
        Assert.Equal(expected, SnsSubject.Sanitize(subject));

    [Fact]
    public void Sanitize_Long_IsCutBelow100WithAMark()
    {
        var subject = SnsSubject.Sanitize(new string('a', 150))!;

        Assert.Equal(99, subject.Length);
        Assert.EndsWith("...", subject, StringComparison.Ordinal);
    }

    [Property]
    public Property Sanitize_AnyText_IsValidForSns() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var subject = SnsSubject.Sanitize(text);
            return subject is null || (
                subject.Length is > 0 and < 100 &&
                subject.All(c => c is >= ' ' and <= '~') &&
                (char.IsAsciiLetterOrDigit(subject[0]) || char.IsPunctuation(subject[0]) || char.IsSymbol(subject[0])) &&
                !subject.EndsWith(' '));
        });

    [Property]
    public Property Sanitize_IsIdempotent() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => SnsSubject.Sanitize(SnsSubject.Sanitize(text)) == SnsSubject.Sanitize(text));

    [Fact]
    public void SelectAttributes_EmptyInvalidDuplicateAndSurplus_AreDropped()
    {
        KeyValuePair<string, string>[] attributes =
        [
            new("severity", "high"), new("empty", ""), new("AWS.reserved", "x"), new("bad name", "x"), new("severity", "low"),
            .. Enumerable.Range(1, 11).Select(i => new KeyValuePair<string, string>($"k{i}", "v")),
        ];

        var selection = SnsMessageAttributes.Select(attributes);

        Assert.Equal(["severity", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"], selection.Kept.Select(a => a.Key));
        Assert.Equal(["empty value", "invalid name", "invalid name", "duplicate name", "more than 10 attributes", "more than 10 attributes"], selection.Dropped.Select(d => d.Value));
    }

    [Theory]
    [InlineData("severity", true)]
    [InlineData("a.b-c_d9", true)]
    [InlineData(".lead", false)]
    [InlineData("trail.", false)]
    [InlineData("a..b", false)]
    [InlineData("Amazon.x", false)]
    [InlineData("ü", false)]
    public void IsValidName_SnsRules(string name, bool valid) => Assert.Equal(valid, SnsMessageAttributes.IsValidName(name));

    [Fact]
    public void Measure_CountsUtf8BytesOfMessageAndEveryAttributePart() =>
        Assert.Equal(2 + 3 + (3 + 6 + 2), SnsMessageSize.Measure("é" + "abc", [new("sev", "hi")]));

    [Theory]
    [InlineData("spec:sg.open:opened:1", "spec:sg.open:opened:1")]
    [InlineData("with space", null)]
    [InlineData("", null)]
    public void ToValidId_ValidKeptElseHashed(string id, string? expected)
    {
        var valid = SnsFifo.ToValidId(id);

        Assert.Equal(expected ?? valid, valid);
        Assert.True(valid.Length is > 0 and <= SnsFifo.MaxIdLength);
        if (expected is null)
        {
            Assert.Equal(64, valid.Length);
        }
    }

    [Fact]
    public void ToValidId_TooLong_IsHashedDeterministically() =>
        Assert.Equal(SnsFifo.ToValidId(new string('a', 129)), SnsFifo.ToValidId(new string('a', 129)));

    [Fact]
    public void Fields_FifoTopicWithoutGroup_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SnsPublishForm.Fields("arn:aws:sns:eu-west-1:1:t.fifo", "m", null, [], null, "d"));

    [Theory]
    [InlineData("""<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId> id-1 </MessageId></PublishResult></PublishResponse>""", "id-1")]
    [InlineData("<PublishResponse><PublishResult><MessageId>id-2</MessageId><SequenceNumber>1</SequenceNumber></PublishResult></PublishResponse>", "id-2")]
    [InlineData("<PublishResponse/>", null)]
    [InlineData("garbage", null)]
    public void MessageId_FromPublishResponse(string xml, string? expected) => Assert.Equal(expected, SnsPublishResponse.MessageId(xml));
}
