using System.Net;
using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Aws.Tests.Ecs;

public class EcsPureTests
{
    [Theory]
    [InlineData("ThrottlingException", 400, EcsErrorKind.Throttling)]
    [InlineData(null, 429, EcsErrorKind.Throttling)]
    [InlineData("ServerException", 500, EcsErrorKind.Server)]
    [InlineData("Http503", 503, EcsErrorKind.Server)]
    [InlineData("ClusterNotFoundException", 400, EcsErrorKind.ClusterNotFound)]
    [InlineData("ServiceNotFoundException", 400, EcsErrorKind.ServiceNotFound)]
    [InlineData("UnrecognizedClientException", 400, EcsErrorKind.Other)]
    public void Classify_CodeAndStatus_GiveTheKind(string? code, int status, EcsErrorKind expected)
    {
        var kind = EcsErrors.Classify(code, (HttpStatusCode)status);

        Assert.Equal(expected, kind);
        Assert.Equal(expected is EcsErrorKind.Throttling or EcsErrorKind.Server, EcsErrors.IsTransient(kind));
    }

    [Fact]
    public void Classify_EveryMappedCode_HasItsOwnKind() =>
        Assert.All(EcsErrorCodes.Mapped, code => Assert.NotEqual(EcsErrorKind.Other, EcsErrors.Classify(code, HttpStatusCode.BadRequest)));

    [Fact]
    public void Truncate_ShortOrNull_IsUnchanged()
    {
        Assert.Null(EcsStopReason.Truncate(null));
        Assert.Equal(new string('x', 255), EcsStopReason.Truncate(new string('x', 255)));
    }

    [Property]
    public Property Truncate_AnyReason_FitsAndKeepsItsStart() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), reason =>
        {
            var cut = EcsStopReason.Truncate(reason)!;
            var keptPrefix = cut.EndsWith('…') && reason.Length > EcsStopReason.MaxLength ? cut[..^1] : cut;
            return cut.Length <= EcsStopReason.MaxLength && reason.StartsWith(keptPrefix, StringComparison.Ordinal) && !char.IsHighSurrogate(keptPrefix.LastOrDefault());
        });

    [Fact]
    public void Truncate_SurrogatePairAtTheCut_IsNotSplit()
    {
        var reason = new string('a', 253) + "😀" + new string('b', 10);

        var cut = EcsStopReason.Truncate(reason)!;

        Assert.Equal(new string('a', 253) + "…", cut);
    }

    [Theory]
    [InlineData("arn:aws:ecs:eu-west-1:1:task-definition/web:12", "web", 12)]
    [InlineData("web:3", "web", 3)]
    [InlineData("web", "web", null)]
    [InlineData("arn:aws:ecs:eu-west-1:1:task-definition/web", "web", null)]
    public void SplitFamilyRevision_ArnOrShortForm(string input, string family, int? revision) =>
        Assert.Equal((family, revision), EcsMapping.SplitFamilyRevision(input));

    [Theory]
    [InlineData("1.451468104403E9", "2015-12-30T09:35:04.403+00:00")]
    [InlineData("1451468104", "2015-12-30T09:35:04+00:00")]
    [InlineData("\"2016-08-29T16:25:52.130Z\"", "2016-08-29T16:25:52.130+00:00")]
    public void Timestamps_EpochSecondsOrIsoStrings_AreRead(string json, string expected)
    {
        var response = JsonSerializer.Deserialize($$"""{"service":{"createdAt":{{json}} } }""", EcsJsonContext.Default.UpdateServiceResponse);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), response?.Service?.CreatedAt);
    }
}
