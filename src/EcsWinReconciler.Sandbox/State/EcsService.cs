namespace EcsWinReconciler.Sandbox.State;

/// <summary>An ECS service (EC2 launch type, awsvpc) with its deployments and its event log, both newest first.</summary>
public sealed class EcsService
{
    /// <summary>How many events ECS keeps per service (DescribeServices returns the last 100).</summary>
    public const int KeptEvents = 100;

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string ClusterName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int DesiredCount { get; set; }

    public string Status { get; set; } = "ACTIVE";

    public string LaunchType { get; init; } = "EC2";

    public List<ServiceDeployment> Deployments { get; init; } = [];

    /// <summary>Resource tags (EC2 tagSet / ECS tags), by key.</summary>
    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    /// <summary>propagateTags SERVICE: tasks the scheduler starts take the service's tags (else NONE).</summary>
    public bool PropagateTags { get; set; }

    /// <summary>The scheduler's messages, newest first, at most <see cref="KeptEvents"/>.</summary>
    public List<ServiceEvent> Events { get; } = [];

    /// <summary>The service was at a steady state after the last scheduler pass (ECS logs the moment it gets there).</summary>
    public bool Steady { get; set; }

    /// <summary>
    /// Fault: ECS's placement finds no free ENI slot for the service's new tasks (RESOURCE:ENI), so a deployment
    /// never gets a task RUNNING and stays IN_PROGRESS beside the old tasks. Set by <c>SandboxAdmin.StallRollout</c>.
    /// </summary>
    public bool RolloutStalled { get; set; }

    public ServiceDeployment PrimaryDeployment => Deployments.First(d => d.Status == ServiceDeployment.Primary);

    public string TaskDefinitionArn => PrimaryDeployment.TaskDefinitionArn;

    public AwsVpcConfiguration NetworkConfiguration => PrimaryDeployment.Network;
}
