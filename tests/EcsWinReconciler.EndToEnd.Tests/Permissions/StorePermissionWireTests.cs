using Amazon.DynamoDBv2;
using Amazon.Runtime;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// The DynamoDB stores, driven method by method through their paths (create, unchanged, conflict, lost condition,
/// cache hit, alert lifecycle, batch read and outbox, ledger, budget), send exactly the actions on exactly the tables and indexes
/// they declare; table creation sends exactly <see cref="IamDeclarations.TableSetup"/>.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class StorePermissionWireTests(DynaliteFixture dynamo)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SpecStore_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var spec = SpecReader.Read("sample-spec.yaml", SampleSpec.Yaml).Specs[0].Spec;
        var document = SpecWriter.ToJson(spec);

        var created = await account.CallAsync<ISpecStore, SpecApplyResult>(s => s.ApplyAsync(spec, document, null, Ct));
        var unchanged = await account.CallAsync<ISpecStore, SpecApplyResult>(s => s.ApplyAsync(spec, document, null, Ct));
        var edited = document + "\n";
        var conflict = await account.CallAsync<ISpecStore, SpecApplyResult>(s => s.ApplyAsync(spec, edited, 99L, Ct));
        await account.CallAsync<ISpecStore>(s => s.GetAsync(spec.Name, Ct));
        var listed = await account.CallAsync<ISpecStore, IReadOnlyList<StoredSpec>>(s => s.ListAsync(Ct));
        var deleted = await account.CallAsync<ISpecStore, bool>(s => s.DeleteAsync(spec.Name, null, Ct));
        var deletedAgain = await account.CallAsync<ISpecStore, bool>(s => s.DeleteAsync(spec.Name, null, Ct));

        Assert.Equal([SpecApplyOutcome.Created, SpecApplyOutcome.Unchanged, SpecApplyOutcome.Conflict], new[] { created.Outcome, unchanged.Outcome, conflict.Outcome });
        Assert.Single(listed);
        Assert.True(deleted);
        Assert.False(deletedAgain);
        WireAssert.AsDeclared(account, nameof(ISpecStore));
    }

    [Fact]
    public async Task StatusStore_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var status = Status(account.ClusterArn, account.Time.GetUtcNow());

        var before = await account.CallAsync<IStatusStore, TaskNetworkStatus?>(s => s.GetAsync(status.TaskArn, Ct));
        var written = await account.CallAsync<IStatusStore, StatusWriteResult>(s => s.PutAsync(status, Ct));
        var again = await account.CallAsync<IStatusStore, StatusWriteResult>(s => s.PutAsync(status, Ct));

        // The get remembered "no status" and the puts what they wrote; once that is too old, a put reads first.
        account.Time.Advance(DynamoStatusStore.DefaultCacheMaxAge);
        var later = await account.CallAsync<IStatusStore, StatusWriteResult>(s => s.PutAsync(status, Ct));
        var byCluster = await account.CallAsync<IStatusStore, IReadOnlyList<TaskNetworkStatus>>(s => s.ListAsync(status.ClusterArn, status.Family, Ct));
        var everywhere = await account.CallAsync<IStatusStore, IReadOnlyList<TaskNetworkStatus>>(s => s.ListAsync(null, null, Ct));

        // A sweep's write after its listing: at once when nothing newer landed; a read when a newer status beat it.
        var changed = status with { LastEventVersion = status.LastEventVersion + 1, Reason = "changed" };
        var listed = byCluster[0];
        var older = status with { Reason = "older" };
        var afterListing = await account.CallAsync<IStatusStore, StatusWriteResult>(s => s.PutAfterListingAsync(changed, listed, Ct));
        var beaten = await account.CallAsync<IStatusStore, StatusWriteResult>(s => s.PutAfterListingAsync(older, null, Ct));

        Assert.Equal((StatusWriteResult.Written, StatusWriteResult.Stale), (afterListing, beaten));
        Assert.Null(before);
        Assert.Equal([StatusWriteResult.Written, StatusWriteResult.Unchanged, StatusWriteResult.Unchanged], new[] { written, again, later });
        Assert.Empty(account.Recordings[2].Calls);
        Assert.Single(account.Recordings[3].Calls);
        Assert.Single(byCluster);
        Assert.Single(everywhere);
        WireAssert.AsDeclared(account, nameof(IStatusStore));
    }

    [Fact]
    public async Task AlertStore_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var now = account.Time.GetUtcNow();
        var later = now + Lease + TimeSpan.FromSeconds(1);
        var reminder = TimeSpan.FromHours(24);
        var candidate = AlertRecord.Candidate("iis-webserver", account.ClusterArn, ScenarioIds.Family, RdpOpen(), "remediation mode is alert");
        var key = new[] { candidate.Key };
        var open = new AlertDelta(candidate.Key) { Candidate = candidate, MayOpen = true, Join = [Task(account, 1)] };
        var join = new AlertDelta(candidate.Key) { Join = [Task(account, 2)] };
        var joinOnStaleRead = new AlertDelta(candidate.Key) { Join = [Task(account, 3)] };
        var resolve = new AlertDelta(candidate.Key) { Resolve = AlertResolution.FixedElsewhere("a fresh look passes") };

        // Every path: read of nothing, create, unchanged (no call), join, a lost condition (re-read and decide again), read,
        // lists, claim, a second claim on the same read (lost, re-read, nothing due), complete, complete again (lost, re-read), resolve.
        var none = await account.CallAsync<IAlertStore, IReadOnlyDictionary<string, AlertRecord>>(s => s.GetManyAsync(key, Ct));
        var created = await account.CallAsync<IAlertStore, AlertChange>(s => s.ApplyAsync(open, null, now, Lease, Ct));
        var unchanged = await account.CallAsync<IAlertStore, AlertChange>(s => s.ApplyAsync(open, created.Alert, now, Lease, Ct));
        var joined = await account.CallAsync<IAlertStore, AlertChange>(s => s.ApplyAsync(join, created.Alert, now, Lease, Ct));
        var lostCondition = await account.CallAsync<IAlertStore, AlertChange>(s => s.ApplyAsync(joinOnStaleRead, created.Alert, now, Lease, Ct));
        var read = await account.CallAsync<IAlertStore, IReadOnlyDictionary<string, AlertRecord>>(s => s.GetManyAsync(key, Ct));
        var pending = await account.CallAsync<IAlertStore, IReadOnlyList<AlertRecord>>(s => s.ListPendingNotificationsAsync(Ct));
        var claimed = await account.CallAsync<IAlertStore, AlertRecord?>(s => s.TryClaimNotificationAsync(read[candidate.Key], later, Lease, reminder, Ct));
        var claimedAgain = await account.CallAsync<IAlertStore, AlertRecord?>(s => s.TryClaimNotificationAsync(read[candidate.Key], later, Lease, reminder, Ct));
        var completed = await account.CallAsync<IAlertStore, AlertRecord?>(s => s.CompleteNotificationAsync(claimed!, NotificationKind.Opened, later, Ct));
        var completedAgain = await account.CallAsync<IAlertStore, AlertRecord?>(s => s.CompleteNotificationAsync(claimed!, NotificationKind.Opened, later, Ct));
        var openOnly = await account.CallAsync<IAlertStore, IReadOnlyList<AlertRecord>>(s => s.ListAsync(true, Ct));
        var resolved = await account.CallAsync<IAlertStore, AlertChange>(s => s.ApplyAsync(resolve, completed, later, Lease, Ct));
        var all = await account.CallAsync<IAlertStore, IReadOnlyList<AlertRecord>>(s => s.ListAsync(false, Ct));

        Assert.Empty(none);
        Assert.Equal(
            [AlertTransition.Opened, AlertTransition.Unchanged, AlertTransition.Joined, AlertTransition.Joined, AlertTransition.Resolved],
            new[] { created.Transition, unchanged.Transition, joined.Transition, lostCondition.Transition, resolved.Transition });
        Assert.Empty(account.Recordings[2].Calls);
        Assert.Equal(["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:PutItem"], account.Recordings[4].Calls.Select(c => c.Action));
        Assert.Equal(3, read[candidate.Key].AffectedTasks.Count);
        Assert.Single(pending);
        Assert.Equal((NotificationKind.Opened, null), (claimed!.PendingNotification, claimedAgain));
        Assert.Equal(["dynamodb:PutItem", "dynamodb:GetItem"], account.Recordings[8].Calls.Select(c => c.Action));
        Assert.Null(completed!.PendingNotification);
        Assert.Equal(completed, completedAgain);
        Assert.Equal(["dynamodb:PutItem", "dynamodb:GetItem"], account.Recordings[10].Calls.Select(c => c.Action));
        Assert.Single(openOnly);
        Assert.Equal(AlertState.Resolved, Assert.Single(all).State);
        WireAssert.AsDeclared(account, nameof(IAlertStore));
    }

    [Fact]
    public async Task LedgerAndBudget_EveryMethodAndPath_SendExactlyWhatTheyDeclare()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var now = account.Time.GetUtcNow();
        var entry = new LedgerEntry("revoke/sg-0123456789abcdef0/sgr-1", "revoke tcp 3389", Task(account, 1), "iis-webserver", 1, false,
            ActionResult.Applied, "revoked", "RDP open to the world", ["sg.forbidden-ingress/sg-0123456789abcdef0/tcp-3389"], now);

        var claimed = await account.CallAsync<IActionLedger, bool>(l => l.TryClaimAsync(entry.ActionKey, now, Lease, now, Ct));
        var claimedTwice = await account.CallAsync<IActionLedger, bool>(l => l.TryClaimAsync(entry.ActionKey, now, Lease, now, Ct));
        await account.CallAsync<IActionLedger>(l => l.CompleteAsync(entry.ActionKey, now, now.AddSeconds(1), Ct));
        await account.CallAsync<IActionLedger>(l => l.CompleteAsync(entry.ActionKey, now.AddDays(-1), now.AddSeconds(1), Ct));
        var claimedAfterDone = await account.CallAsync<IActionLedger, bool>(l => l.TryClaimAsync(entry.ActionKey, now.AddSeconds(3), Lease, now.AddSeconds(2), Ct));
        await account.CallAsync<IActionLedger>(l => l.ReleaseAsync(entry.ActionKey, now.AddSeconds(3), Ct));
        await account.CallAsync<IActionLedger>(l => l.ReleaseAsync(entry.ActionKey, now.AddDays(-1), Ct));
        await account.CallAsync<IActionLedger>(l => l.RecordAsync(entry, Ct));
        var entries = await account.CallAsync<IActionLedger, IReadOnlyList<LedgerEntry>>(l => l.ListAsync(now.AddHours(-1), Ct));
        var remaining = await account.CallAsync<IRemediationBudget, int>(b => b.RemainingAsync(now, Ct));
        var consumed = await account.CallAsync<IRemediationBudget, bool>(b => b.TryConsumeAsync(now, Ct));
        var exhausted = await account.CallAsync<IRemediationBudget, bool>(b => b.TryConsumeAsync(now, Ct));

        Assert.Equal([true, false, true], new[] { claimed, claimedTwice, claimedAfterDone });
        Assert.Single(entries);
        Assert.Equal(1, remaining);
        Assert.Equal([true, false], new[] { consumed, exhausted });
        WireAssert.AsDeclared(account, nameof(IActionLedger));
        WireAssert.AsDeclared(account, nameof(IRemediationBudget));
    }

    [Fact]
    public async Task TableSetup_CreateTables_SendsExactlyItsDeclaration()
    {
        // One test per dynalite server uses this prefix, so the tables are new.
        var names = DynamoTableNames.WithPrefix("iam-table-setup-");
        await using var tap = DynamoWireTap.Start(dynamo.Server.ServiceUrl, names);
        using var client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            new AmazonDynamoDBConfig { ServiceURL = tap.Endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

        await DynamoTableSetup.CreateTablesAsync(client, names, Ct);

        const string Setup = $"{nameof(DynamoTableSetup)}.{nameof(DynamoTableSetup.CreateTablesAsync)}";
        var problems = PermissionCheck.Problems(
            new Dictionary<string, IReadOnlyList<IamGrant>> { [Setup] = IamDeclarations.TableSetup },
            [new PortRecording(Setup, DryRun: false, tap.CallsSince(0))]);
        Assert.Empty(problems);
    }

    private static string Task(WiredAccount account, int n) =>
        account.ClusterArn.Replace(":cluster/", ":task/", StringComparison.Ordinal) + "/" + n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static Finding RdpOpen() => new(
        CheckIds.ForbiddenIngress, $"{ScenarioIds.WebGroup}/sgr-0123", Severity.Critical, FindingRoot.Rule(ScenarioIds.WebGroup, "sgr-0123"),
        "no tcp 3389 from 0.0.0.0/0", "tcp 3389 from 0.0.0.0/0", [], "RDP is open to the world on " + ScenarioIds.WebGroup,
        Remedy.RevokeRule(ScenarioIds.WebGroup, "sgr-0123", new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4))));

    private static TaskNetworkStatus Status(string cluster, DateTimeOffset at) => new(
        cluster.Replace(":cluster/", ":task/", StringComparison.Ordinal) + "/" + new string('1', 32), cluster, ScenarioIds.Family, "iis-webserver",
        ObservedGeneration: 1, LastEventVersion: 3, LastStatus: "RUNNING", JudgementKind.Judged, "compliant",
        [new StatusCondition(StatusCondition.EniReady, ConditionStatus.True, "Attached", "attached", at)], [], at, ExpiresAt: null);
}
