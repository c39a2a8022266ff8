using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Aws.Tests.Composition;

public class AwsBackendTests
{
    [Fact]
    public void ParseStoredDocument_CanonicalJson_RoundTrips()
    {
        var spec = IisSpec.Create(IisSpec.Remediate);

        Assert.Equal(spec, AwsBackend.ParseStoredDocument(SpecWriter.ToJson(spec)));
    }

    [Fact]
    public void ParseStoredDocument_NoLongerValid_FailsWithTheErrors()
    {
        var document = SpecWriter.ToJson(IisSpec.Create()).Replace("sg-0123456789abcdef0", "sg-12", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => AwsBackend.ParseStoredDocument(document));

        Assert.Contains("\"sg-12\" is not a security group id", error.Message, StringComparison.Ordinal);
    }
}
