using Amazon.Runtime.Internal.Auth;
using EcsWinReconciler.Aws.Signing;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Signing;

/// <summary>
/// Every case of both layouts of the AWS SigV4 test suite, through <see cref="SigV4Signer"/> — the signer our ECS
/// and SNS clients use (SigV4PipelineSigner only maps the SDK request onto it). No case is skipped. The suites'
/// query-string (presigned URL) variants are not run: we never presign.
/// </summary>
public class SigV4SignerSuiteTests
{
    public static TheoryData<string> Cases() => [.. SigV4SuiteCase.Names()];

    [ReferenceFact]
    public void Suite_BothLayouts_AreAllFound()
    {
        var names = SigV4SuiteCase.Names().ToList();

        Assert.True(names.Count(n => n.StartsWith(SigV4SuiteCase.Botocore, StringComparison.Ordinal)) >= 28, string.Join(", ", names));
        Assert.True(names.Count(n => n.StartsWith(SigV4SuiteCase.AwsCAuth, StringComparison.Ordinal)) >= 38, string.Join(", ", names));
    }

    [ReferenceTheory]
    [MemberData(nameof(Cases))]
    public void Sign_SuiteCase_MatchesCanonicalRequestStringToSignAndSignature(string name)
    {
        var suiteCase = SigV4SuiteCase.Load(name);

        var signature = SigV4Signer.Sign(suiteCase.Request, suiteCase.Credentials, suiteCase.Region, suiteCase.Service, suiteCase.Time, suiteCase.Options);

        Assert.Equal(suiteCase.ExpectedCanonicalRequest, signature.CanonicalRequest);
        Assert.Equal(suiteCase.ExpectedStringToSign, signature.StringToSign);
        Assert.Equal(suiteCase.ExpectedSignature, signature.Signature);
        if (suiteCase.ExpectedAuthorization is { } authorization)
        {
            Assert.Equal(authorization, signature.Authorization);
        }
    }

    [ReferenceTheory]
    [MemberData(nameof(Cases))]
    public void Sign_SuiteCase_AgreesWithAwsSdkCoreSignatureMath(string name)
    {
        // Our canonical request fed to AWSSDK.Core's own key derivation and HMAC gives our signature.
        var suiteCase = SigV4SuiteCase.Load(name);
        var ours = SigV4Signer.Sign(suiteCase.Request, suiteCase.Credentials, suiteCase.Region, suiteCase.Service, suiteCase.Time, suiteCase.Options);

        var sdk = AWS4Signer.ComputeSignature(suiteCase.Credentials.AccessKeyId, suiteCase.Credentials.SecretAccessKey, suiteCase.Region,
            suiteCase.Time.UtcDateTime, suiteCase.Service, ours.SignedHeaders, ours.CanonicalRequest);

        Assert.Equal(ours.Signature, sdk.Signature);
        Assert.Equal(ours.Authorization, sdk.ForAuthorizationHeader);
    }
}
