using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Members;

/// <summary>
/// Credentials of the member role, per account and region: assumed with STS on first use, held until
/// <see cref="RefreshMargin"/> before they expire, then assumed again. One per process (the backend's), so a warm
/// function assumes each member's role about once an hour, not once per invocation.
/// </summary>
/// <remarks>
/// Keyed by account and region because that is what a call is for; one session per account would do (a role session
/// is valid in every region), at the cost of one AssumeRole per extra region per hour. A failed AssumeRole (the member
/// has no role, the external id differs, STS throttles) is not held: it throws an <see cref="AdapterException"/> naming
/// the role, and the next call asks again.
/// </remarks>
public sealed class MemberCredentialsProvider : IDisposable
{
    /// <summary>
    /// Why five minutes: the SDK resolves credentials once per call and signs every retry of that call with them, so
    /// they must outlive the longest call with its retries (a few minutes at most; the invocation's deadline cuts it),
    /// and the expiry STS gives is in STS's clock, which Lambda's may trail by seconds. SigV4 accepts five minutes of skew,
    /// so the same margin covers the clock too. Refreshing earlier only costs an AssumeRole a little sooner.
    /// </summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IAmazonSecurityTokenService _sts;
    private readonly MemberRoleSettings _role;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<MemberTarget, HeldSession> _held = new();
    private readonly SemaphoreSlim _assuming = new(1, 1);

    public MemberCredentialsProvider(IAmazonSecurityTokenService sts, MemberRoleSettings role, TimeProvider time, ILogger<MemberCredentialsProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sts);
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(time);
        _sts = sts;
        _role = role;
        _time = time;
        _logger = logger ?? NullLogger<MemberCredentialsProvider>.Instance;
    }

    /// <summary>What a client for <paramref name="member"/> signs with: it asks this provider on every call.</summary>
    public AWSCredentials For(MemberTarget member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new MemberRoleCredentials(this, member);
    }

    /// <summary>The member role's credentials for <paramref name="member"/>, assumed now only if none are held or they expire within the margin.</summary>
    public async Task<ImmutableCredentials> GetAsync(MemberTarget member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (Fresh(member) is { } held)
        {
            return held;
        }

        // One AssumeRole at a time: concurrent calls for the same member wait for the first one's answer instead of
        // each assuming the role.
        await _assuming.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(member) is { } assumedMeanwhile)
            {
                return assumedMeanwhile;
            }

            var session = await AssumeAsync(member, cancellationToken).ConfigureAwait(false);
            _held[member] = session;
            return session.Credentials;
        }
        finally
        {
            _assuming.Release();
        }
    }

    public void Dispose()
    {
        _assuming.Dispose();
        _sts.Dispose();
    }

    private ImmutableCredentials? Fresh(MemberTarget member) =>
        _held.TryGetValue(member, out var session) && _time.GetUtcNow() < session.Expiration - RefreshMargin ? session.Credentials : null;

    private async Task<HeldSession> AssumeAsync(MemberTarget member, CancellationToken cancellationToken)
    {
        var roleArn = _role.RoleArn(member);
        AssumeRoleResponse response;
        try
        {
            response = await _sts.AssumeRoleAsync(
                new AssumeRoleRequest
                {
                    RoleArn = roleArn,
                    RoleSessionName = _role.SessionName,
                    ExternalId = _role.ExternalId,
                    DurationSeconds = (int)_role.SessionDuration.TotalSeconds,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Sts, "AssumeRole", roleArn, cancellationToken) is { } failure)
        {
            MemberLog.NotAssumed(_logger, roleArn, member.ToString(), AwsFailure.Describe(failure.ErrorCode, failure.Message));
            throw failure.ToException();
        }

        var credentials = response.Credentials
            ?? throw new AdapterException("sts", "AssumeRole", roleArn, "STS answered without credentials");
        var expiration = credentials.Expiration is { } at
            ? new DateTimeOffset(at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime())
            : throw new AdapterException("sts", "AssumeRole", roleArn, "STS answered without the credentials' expiration");
        MemberLog.Assumed(_logger, roleArn, member.ToString(), expiration - RefreshMargin);
        return new HeldSession(new ImmutableCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken), expiration);
    }

    private sealed record HeldSession(ImmutableCredentials Credentials, DateTimeOffset Expiration);
}
