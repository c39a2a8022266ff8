using EcsWinReconciler.Lambda.Declarations;
using static EcsWinReconciler.Lambda.Tests.Template.Scope.StackParameters;
using MemberTemplate = EcsWinReconciler.Lambda.Tests.Template.Member.MemberTemplate;

namespace EcsWinReconciler.Lambda.Tests.Template.Scope;

/// <summary>
/// Least privilege by default, proved on the template's own statements: in every remediation mode, with and without
/// the optional VPC and cluster lists, no role may write to a resource that is neither tagged ecswin:managed=true nor
/// in a listed VPC or cluster. The opposite cases are checked too, so the evaluator cannot pass by denying everything.
/// Run on template.yaml's function roles (<see cref="TemplateWriteScopeTests"/>) and member.yaml's member role
/// (<see cref="MemberWriteScopeTests"/>).
/// </summary>
public abstract class WriteScopeChecks
{
    private const string Tag = "aws:ResourceTag/ecswin:managed";
    private const string WatchedCluster = $"arn:{Partition}:ecs:{Region}:{Account}:cluster/win-prod";
    private const string OtherWatchedCluster = $"arn:{Partition}:ecs:{Region}:{Account}:cluster/win-batch";
    private const string UnwatchedCluster = $"arn:{Partition}:ecs:{Region}:{Account}:cluster/linux";
    private const string ListedVpc = $"arn:{Partition}:ec2:{Region}:{Account}:vpc/vpc-0listed";
    private const string OtherVpc = $"arn:{Partition}:ec2:{Region}:{Account}:vpc/vpc-0other";

    private protected abstract TemplateDocument Template { get; }

    /// <summary>Each role of <see cref="Template"/> that may write, and the statements it is granted.</summary>
    private protected abstract IEnumerable<(string Role, IReadOnlyList<PolicyStatement> Statements)> Roles();

    public static TheoryData<string, bool, bool> Deployments
    {
        get
        {
            var data = new TheoryData<string, bool, bool>();
            foreach (var mode in new[] { "alert", "dry-run", "remediate" })
            {
                foreach (var vpcs in new[] { false, true })
                {
                    foreach (var clusters in new[] { false, true })
                    {
                        data.Add(mode, vpcs, clusters);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void NoRole_WritesToAnUntaggedResourceOutsideTheListedOnes(string mode, bool listVpcs, bool listClusters)
    {
        var stack = Stack(mode, listVpcs, listClusters);
        foreach (var untagged in new Dictionary<string, string>[] { [], new() { [Tag] = "false" }, new() { [Tag] = "True" } })
        {
            foreach (var request in Writes(OtherVpc, OtherWatchedCluster, untagged))
            {
                Assert.All(Roles(), role => Assert.False(IdentityPolicyEvaluator.Allows(role.Statements, stack, request), $"{role.Role} may send {request}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void TaggedResources_AreWritableExactlyWhenTheModeSendsTheWrite(string mode, bool listVpcs, bool listClusters)
    {
        var stack = Stack(mode, listVpcs, listClusters);
        foreach (var request in Writes(OtherVpc, OtherWatchedCluster, new() { [Tag] = "true" }))
        {
            var expected = mode == "remediate" || (mode == "dry-run" && request.Action.Contains("SecurityGroupIngress", StringComparison.Ordinal));
            Assert.All(Roles(), role => Assert.Equal(expected, IdentityPolicyEvaluator.Allows(role.Statements, stack, request)));
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void UntaggedResources_InTheListedVpcsAndClusters_AreWritableOnlyWhenListed(string mode, bool listVpcs, bool listClusters)
    {
        var stack = Stack(mode, listVpcs, listClusters);
        foreach (var request in Writes(ListedVpc, WatchedCluster, []))
        {
            var listed = request.Action.StartsWith("ec2:", StringComparison.Ordinal) ? listVpcs : listClusters;
            var expected = listed && (mode == "remediate" || (mode == "dry-run" && request.Action.Contains("SecurityGroupIngress", StringComparison.Ordinal)));
            Assert.All(Roles(), role => Assert.Equal(expected, IdentityPolicyEvaluator.Allows(role.Statements, stack, request)));
        }
    }

    [Fact]
    public void TaggedServicesAndTasks_OutsideTheWatchedClusters_AreNeverWritable()
    {
        var stack = Stack("remediate", listVpcs: true, listClusters: true);
        var requests = Writes(ListedVpc, UnwatchedCluster, new() { [Tag] = "true" }).Where(r => r.Action.StartsWith("ecs:", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.All(Roles(), role => Assert.False(IdentityPolicyEvaluator.Allows(role.Statements, stack, request), $"{role.Role} may send {request}")));
    }

    [Fact]
    public void Writes_AreEveryChangeTheAdaptersDeclare()
    {
        Assert.Equal(
            TemplatePolicyTests.Changes.Select(c => (string)c[0]).Order(StringComparer.Ordinal),
            Writes(OtherVpc, OtherWatchedCluster, []).Select(w => w.Action).Order(StringComparer.Ordinal));
    }

    private StackParameters Stack(string mode, bool listVpcs, bool listClusters) => new(Template, new Dictionary<string, IReadOnlyList<string>>
    {
        ["RemediationMode"] = [mode],
        ["Clusters"] = [WatchedCluster, OtherWatchedCluster],
        ["VpcArns"] = listVpcs ? [ListedVpc] : [string.Empty],
        ["ManagedClusterArns"] = listClusters ? [WatchedCluster] : [string.Empty],
    });

    /// <summary>The five writes the adapters declare, each on a resource of the given VPC or cluster with the given tags.</summary>
    private static List<WriteRequest> Writes(string vpcArn, string clusterArn, Dictionary<string, string> tags)
    {
        var vpcId = vpcArn[(vpcArn.LastIndexOf('/') + 1)..];
        var cluster = clusterArn[(clusterArn.LastIndexOf('/') + 1)..];
        var group = $"arn:{Partition}:ec2:{Region}:{Account}:security-group/sg-0{vpcId[5..]}";
        Dictionary<string, string> In(string key, string value) => new(tags) { [key] = value };
        return
        [
            new("ec2:AuthorizeSecurityGroupIngress", group, In("ec2:Vpc", vpcArn)),
            new("ec2:RevokeSecurityGroupIngress", group, In("ec2:Vpc", vpcArn)),
            new("ec2:ModifyVpcAttribute", vpcArn, tags),
            new("ecs:UpdateService", $"arn:{Partition}:ecs:{Region}:{Account}:service/{cluster}/iis-webserver", In("ecs:cluster", clusterArn)),
            new("ecs:StopTask", $"arn:{Partition}:ecs:{Region}:{Account}:task/{cluster}/0123456789abcdef", In("ecs:cluster", clusterArn)),
        ];
    }
}

/// <summary>template.yaml: every function's role.</summary>
public sealed class TemplateWriteScopeTests : WriteScopeChecks
{
    private static readonly TemplateDocument Hub = TemplateDocument.Load();

    private protected override TemplateDocument Template => Hub;

    private protected override IEnumerable<(string Role, IReadOnlyList<PolicyStatement> Statements)> Roles() =>
        FunctionDeclarations.All.Select(f => FunctionTemplate.Of(Hub, f.Kind)).Select(f => (f.Role, (IReadOnlyList<PolicyStatement>)[.. f.Statements]));
}

/// <summary>member.yaml: the role the hub assumes in a member (issue 15), scoped as the functions' own.</summary>
public sealed class MemberWriteScopeTests : WriteScopeChecks
{
    private static readonly TemplateDocument MemberYaml = TemplateDocument.LoadMember();

    private protected override TemplateDocument Template => MemberYaml;

    private protected override IEnumerable<(string Role, IReadOnlyList<PolicyStatement> Statements)> Roles() =>
        [(MemberTemplate.Role, [.. MemberTemplate.RoleStatements(MemberYaml)])];
}
