using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Sts;

/// <summary>The STS client (GetCallerIdentity, for who adds an exception) against a scripted loopback server (the sandbox's answer: EndToEnd ExceptionTests).</summary>
public class StsApiClientWireTests
{
    private const string Arn = "arn:aws:sts::111122223333:assumed-role/PlatformAdmin/ana";

    [Fact]
    public async Task CallerArn_Request_IsQueryFormSignedForSts_AnswerGivesTheArn()
    {
        await using var server = LoopbackHttpServer.Start(_ => StubResponse.Xml(
            $"""<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>{Arn}</Arn><UserId>AROA:ana</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"""));
        using var sts = TestAws.Factory(server.BaseAddress).CreateStsApi();

        var arn = await sts.CallerArnAsync(CancellationToken.None);

        Assert.Equal(Arn, arn);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("GetCallerIdentity", "2011-06-15"), (request.FormFields()["Action"], request.FormFields()["Version"]));
        Assert.Equal((TestAws.Region, "sts"), (SigV4Authorization.Parse(request.Header("Authorization"))!.Region, SigV4Authorization.Parse(request.Header("Authorization"))!.Service));
    }

    [Fact]
    public async Task CallerArn_ExpiredToken_IsAdapterExceptionWithTheCode()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.SnsError("ExpiredToken", "The security token included in the request is expired", 403));
        using var sts = TestAws.Factory(server.BaseAddress).CreateStsApi();

        var error = await Assert.ThrowsAsync<AdapterException>(() => sts.CallerArnAsync(CancellationToken.None));

        Assert.Equal(("sts", "GetCallerIdentity", "ExpiredToken", false), (error.Component, error.Operation, error.ErrorCode, error.IsTransient));
    }
}
