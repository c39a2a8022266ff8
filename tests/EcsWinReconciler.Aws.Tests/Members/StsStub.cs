using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Members;

/// <summary>STS's Query-protocol answers as the real service writes them (AssumeRole, its AccessDenied), for loopback wire tests.</summary>
internal static class StsStub
{
    public static bool IsAssumeRole(RecordedRequest request) => request.FormFields().GetValueOrDefault("Action") == "AssumeRole";

    /// <summary>An AssumeRole answer whose access key names the account of the role asked for, so tests can tell sessions apart.</summary>
    public static StubResponse AssumeRole(RecordedRequest request, DateTimeOffset expiration, int serial = 1)
    {
        var roleArn = request.FormFields()["RoleArn"];
        var account = roleArn.Split(':')[4];
        return StubResponse.Xml($"""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <AssumedRoleUser>
                  <AssumedRoleId>AROAEXAMPLEID:{request.FormFields()["RoleSessionName"]}</AssumedRoleId>
                  <Arn>arn:aws:sts::{account}:assumed-role/ewr-member/{request.FormFields()["RoleSessionName"]}</Arn>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>ASIA{account}{serial:D4}</AccessKeyId>
                  <SecretAccessKey>secret-{account}-{serial}</SecretAccessKey>
                  <SessionToken>token-{account}-{serial}</SessionToken>
                  <Expiration>{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration>
                </Credentials>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata>
            </AssumeRoleResponse>
            """);
    }

    public static StubResponse AccessDenied(RecordedRequest request) => StubResponse.Xml($"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error>
            <Type>Sender</Type>
            <Code>AccessDenied</Code>
            <Message>User: arn:aws:sts::111122223333:assumed-role/hub-ResyncRole/resync is not authorized to perform: sts:AssumeRole on resource: {request.FormFields()["RoleArn"]}</Message>
          </Error>
          <RequestId>11111111-2222-3333-4444-555555555555</RequestId>
        </ErrorResponse>
        """, 403);
}
