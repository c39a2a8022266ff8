namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// Everything the local account holds. Not thread-safe on its own: touch it only inside
/// <see cref="SandboxState.Read{T}"/> / <see cref="SandboxState.Write(Action{SandboxWorld})"/> (or while building a scenario).
/// Collections keep insertion order, so listings are deterministic.
/// </summary>
public sealed class SandboxWorld(string region, string accountId, IdSource ids, TimeProvider time)
{
    public string Region { get; } = region;

    public string AccountId { get; } = accountId;

    public IdSource Ids { get; } = ids;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public OrderedDictionary<string, Vpc> Vpcs { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Subnet> Subnets { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, NetworkAcl> NetworkAcls { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, RouteTable> RouteTables { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, ResolverEndpoint> ResolverEndpoints { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, ResolverRule> ResolverRules { get; } = new(StringComparer.Ordinal);

    /// <summary>The rule associations people made (the autodefined one every VPC has is not stored: <see cref="ResolverRuleAssociation.Autodefined"/>).</summary>
    public OrderedDictionary<string, ResolverRuleAssociation> ResolverRuleAssociations { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, DhcpOptionSet> DhcpOptions { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, SecurityGroup> SecurityGroups { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, NetworkInterface> NetworkInterfaces { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, InstanceTypeInfo> InstanceTypes { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Ec2Instance> Instances { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Cluster> Clusters { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, ContainerInstance> ContainerInstances { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, TaskDefinition> TaskDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, EcsService> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, EcsTask> Tasks { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, Topic> Topics { get; } = new(StringComparer.Ordinal);

    /// <summary>By ARN.</summary>
    public OrderedDictionary<string, Subscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    public List<PublishedMessage> Messages { get; } = [];

    /// <summary>SQS queues, by name.</summary>
    public OrderedDictionary<string, SqsQueue> Queues { get; } = new(StringComparer.Ordinal);

    /// <summary>ECS task state change events, in the order ECS emitted them.</summary>
    public List<TaskStateChangeEvent> Events { get; } = [];

    public List<WriteRecord> Writes { get; } = [];

    /// <summary>The suffix of EC2 private DNS names: <c>ec2.internal</c> in us-east-1, <c>REGION.compute.internal</c> elsewhere.</summary>
    public string PrivateDnsSuffix => Region == "us-east-1" ? "ec2.internal" : $"{Region}.compute.internal";

    /// <summary>An availability zone of the world's region: <c>us-east-1a</c> for <c>'a'</c> in the hub's.</summary>
    public string Zone(char letter) => $"{Region}{letter}";

    public string EcsArn(string resource) => $"arn:aws:ecs:{Region}:{AccountId}:{resource}";

    /// <summary>Free addresses of a subnet now (its ENIs counted).</summary>
    public int AvailableAddresses(Subnet subnet) =>
        subnet.AvailableAddresses(NetworkInterfaces.Values.Count(e => e.SubnetId == subnet.Id));

    public string SnsArn(string topicName) => $"arn:aws:sns:{Region}:{AccountId}:{topicName}";

    public void RecordWrite(string service, string operation, string resourceId, string summary) =>
        Writes.Add(new WriteRecord(Writes.Count + 1, service, operation, resourceId, summary, Now));
}
