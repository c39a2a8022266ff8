using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Aws.Tests.Ec2;
using EcsWinReconciler.Aws.Tests.Ecs;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Aws.Tests.Scope;

/// <summary>Issue 14: the adapter refuses what template.yaml's IAM refuses, and says why in words a person acts on.</summary>
public sealed class ScopeCheckTests
{
    private const string GroupId = "sg-0123456789abcdef0";
    private const string VpcId = "vpc-0123456789abcdef0";
    private const string Cluster = "arn:aws:ecs:us-east-1:111122223333:cluster/win-prod";
    private const string Task = "arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string Managed = "<tagSet><item><key>ecswin:managed</key><value>true</value></item></tagSet>";

    private static readonly RevokeIngressRule Revoke = new(
        GroupId, "sgr-0123456789abcdef0", new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4)));

    [Theory]
    [InlineData("<tagSet/>", false)]
    [InlineData("<tagSet><item><key>ecswin:managed</key><value>True</value></item></tagSet>", false)]
    [InlineData(Managed, true)]
    public async Task Group_InScopeOnlyWhenTaggedExactly(string tags, bool allowed)
    {
        await using var stub = Ec2Stub.Start().On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(GroupId, "web", VpcId).Replace("<tagSet/>", tags, StringComparison.Ordinal)));

        var why = await new Ec2Actuator(stub.Client, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(Revoke, CancellationToken.None);

        Assert.Equal(allowed ? null : $"{GroupId} is not tagged ecswin:managed=true and its VPC {VpcId} is not listed (VpcArns)", why);
        Assert.Equal(GroupId, Assert.Single(stub.Calls("DescribeSecurityGroups"))["GroupId.1"]);
    }

    [Fact]
    public async Task Group_UntaggedInAListedVpc_IsInScope()
    {
        await using var stub = Ec2Stub.Start().On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(GroupId, "web", VpcId)));
        var scope = new ManagedScope([VpcId], []);

        Assert.Null(await new Ec2Actuator(stub.Client, scope: scope).WhyOutOfScopeAsync(Revoke, CancellationToken.None));
    }

    [Fact]
    public async Task Vpc_ListedByArn_IsInScopeWithoutARead_UntaggedOtherwiseRefused()
    {
        await using var stub = Ec2Stub.Start().On("DescribeVpcs", Ec2Xml.Vpc(VpcId, "dopt-1"));
        var enable = new EnableVpcAttribute(VpcId, VpcAttribute.EnableDnsHostnames);

        var listed = await new Ec2Actuator(stub.Client, scope: new ManagedScope([ManagedScope.VpcId($"arn:aws:ec2:us-east-1:111122223333:vpc/{VpcId}")], []))
            .WhyOutOfScopeAsync(enable, CancellationToken.None);
        var untagged = await new Ec2Actuator(stub.Client, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(enable, CancellationToken.None);

        Assert.Null(listed);
        Assert.Equal($"{VpcId} is not tagged ecswin:managed=true and is not listed (VpcArns)", untagged);
        Assert.Single(stub.Calls("DescribeVpcs"));
    }

    [Fact]
    public async Task Task_UntaggedOutsideTheListedClusters_IsRefused_TaggedOrListedIsNot()
    {
        var ecs = new FakeEcsApi();
        ecs.Tasks.Add(new EcsTask { TaskArn = Task, Tags = [new EcsTag { Key = "team", Value = "web" }] });
        var replace = new ReplaceTask(Cluster, Task, "drift");

        var untagged = await new EcsActuator(ecs, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(replace, CancellationToken.None);
        var listed = await new EcsActuator(ecs, scope: new ManagedScope([], ["win-prod"])).WhyOutOfScopeAsync(replace, CancellationToken.None);
        ecs.Tasks[0] = ecs.Tasks[0] with { Tags = [new EcsTag { Key = "ecswin:managed", Value = "true" }] };
        var tagged = await new EcsActuator(ecs, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(replace, CancellationToken.None);

        Assert.Equal("task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 is not tagged ecswin:managed=true and its cluster win-prod is not listed (ManagedClusterArns)", untagged);
        Assert.Null(listed);
        Assert.Null(tagged);
        Assert.Equal(["DescribeTasks+TAGS", "DescribeTasks+TAGS"], ecs.Calls);
    }

    [Fact]
    public async Task Service_Untagged_IsRefusedWithItsName()
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(new EcsService { ServiceName = "iis-webserver", Tags = [] });
        var update = new UpdateServiceNetwork(Cluster, "iis-webserver", ["subnet-0a1"], [GroupId], false);

        var why = await new EcsActuator(ecs, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(update, CancellationToken.None);

        Assert.Equal("service iis-webserver is not tagged ecswin:managed=true and its cluster win-prod is not listed (ManagedClusterArns)", why);
    }

    [Fact]
    public async Task Group_Gone_IsLeftToTheAction()
    {
        await using var stub = Ec2Stub.Start().On("DescribeSecurityGroups", _ => Ec2Wire.Error("InvalidGroup.NotFound", "The security group does not exist"));

        Assert.Null(await new Ec2Actuator(stub.Client, scope: ManagedScope.TaggedOnly).WhyOutOfScopeAsync(Revoke, CancellationToken.None));
    }
}
