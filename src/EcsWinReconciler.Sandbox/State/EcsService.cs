namespace EcsWinReconciler.Sandbox.State;

/// <summary>An ECS service (EC2 launch type, awsvpc) with its deployments, newest first.</summary>
public sealed class EcsService
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string ClusterName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int DesiredCount { get; set; }

    public string Status { get; set; } = "ACTIVE";

    public string LaunchType { get; init; } = "EC2";

    public List<ServiceDeployment> Deployments { get; init; } = [];

    public ServiceDeployment PrimaryDeployment => Deployments.First(d => d.Status == ServiceDeployment.Primary);

    public string TaskDefinitionArn => PrimaryDeployment.TaskDefinitionArn;

    public AwsVpcConfiguration NetworkConfiguration => PrimaryDeployment.Network;
}
