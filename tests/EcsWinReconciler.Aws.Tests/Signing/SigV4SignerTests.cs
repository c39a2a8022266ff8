using System.Text;
using EcsWinReconciler.Aws.Signing;

namespace EcsWinReconciler.Aws.Tests.Signing;

public class SigV4SignerTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 4, 10, 15, 42, TimeSpan.Zero);
    private static readonly SigV4Credentials Keys = new("AKIDTEST", "secret-test-key");

    private static SigV4Request Request(string body = "{}", params KeyValuePair<string, string>[] headers) =>
        new("POST", "ecs.eu-west-1.amazonaws.com", "/", [],
            [new("Content-Type", "application/x-amz-json-1.1"), new("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListTasks"), .. headers],
            Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Sign_JsonRequest_ScopesToDateRegionAndService()
    {
        var signature = SigV4Signer.Sign(Request(), Keys, "eu-west-1", "ecs", Time);

        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/20260304/eu-west-1/ecs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=", signature.Authorization);
        Assert.Contains(new KeyValuePair<string, string>("X-Amz-Date", "20260304T101542Z"), signature.HeadersToAdd);
        Assert.Equal(signature.Authorization, signature.HeadersToAdd[^1].Value);
    }

    [Fact]
    public void Sign_AnyChangedPart_ChangesTheSignature()
    {
        var baseline = SigV4Signer.Sign(Request(), Keys, "eu-west-1", "ecs", Time).Signature;

        Assert.NotEqual(baseline, SigV4Signer.Sign(Request("{\"a\":1}"), Keys, "eu-west-1", "ecs", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign(Request(), Keys, "eu-west-2", "ecs", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign(Request(), Keys, "eu-west-1", "sns", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign(Request(), Keys, "eu-west-1", "ecs", Time.AddSeconds(1)).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign(Request(), Keys with { SecretAccessKey = "other" }, "eu-west-1", "ecs", Time).Signature);
        Assert.Equal(baseline, SigV4Signer.Sign(Request(), Keys, "eu-west-1", "ecs", Time).Signature);
    }

    [Fact]
    public void Sign_SessionToken_IsAddedAndSigned()
    {
        var signature = SigV4Signer.Sign(Request(), Keys with { SessionToken = "token-1" }, "eu-west-1", "ecs", Time);

        Assert.Contains("x-amz-security-token", signature.SignedHeaders.Split(';'));
        Assert.Contains("x-amz-security-token:token-1\n", signature.CanonicalRequest);
        Assert.Contains(new KeyValuePair<string, string>("X-Amz-Security-Token", "token-1"), signature.HeadersToAdd);
    }

    [Fact]
    public void Sign_SessionTokenUnsigned_IsAddedButNotSigned()
    {
        var signature = SigV4Signer.Sign(Request(), Keys with { SessionToken = "token-1" }, "eu-west-1", "ecs", Time, new SigV4Options(SignSessionToken: false));

        Assert.DoesNotContain("x-amz-security-token", signature.SignedHeaders.Split(';'));
        Assert.Contains(new KeyValuePair<string, string>("X-Amz-Security-Token", "token-1"), signature.HeadersToAdd);
    }

    [Fact]
    public void Sign_ContentSha256Option_SignsThePayloadHashHeader()
    {
        var signature = SigV4Signer.Sign(Request("{}"), Keys, "eu-west-1", "ecs", Time, new SigV4Options(AddContentSha256Header: true));

        const string EmptyObjectHash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        Assert.Contains("x-amz-content-sha256:" + EmptyObjectHash + "\n", signature.CanonicalRequest);
        Assert.EndsWith("\n" + EmptyObjectHash, signature.CanonicalRequest);
    }

    [Fact]
    public void Sign_StaleSignerHeadersOnTheRequest_AreReplaced()
    {
        var stale = Request("{}", new("X-Amz-Date", "20000101T000000Z"), new("Authorization", "old"), new("Host", "elsewhere"));

        var signature = SigV4Signer.Sign(stale, Keys, "eu-west-1", "ecs", Time);

        Assert.Equal(SigV4Signer.Sign(Request(), Keys, "eu-west-1", "ecs", Time).Signature, signature.Signature);
        Assert.Contains("host:ecs.eu-west-1.amazonaws.com\n", signature.CanonicalRequest);
    }

    [Fact]
    public void Credentials_ToString_HidesTheSecret() =>
        Assert.DoesNotContain("secret-test-key", Keys.ToString(), StringComparison.Ordinal);
}
