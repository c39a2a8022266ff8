using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// Tags on groups, VPCs, services and tasks, as a person would set them (EC2 CreateTags / DeleteTags, ECS TagResource).
/// The baseline marks what the reconciler may change with <see cref="ManagedKey"/>=<see cref="ManagedValue"/>, as the
/// deployment guide asks a platform team to.
/// </summary>
public static class TagEdits
{
    public const string ManagedKey = "ecswin:managed";
    public const string ManagedValue = "true";

    /// <summary>Sets (or, with a null value, removes) a tag on <c>sg-…</c>, <c>vpc-…</c>, a service or a task (ARN or name).</summary>
    public static void Set(SandboxWorld world, string resource, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(resource);
        var tags = resource switch
        {
            _ when world.SecurityGroups.TryGetValue(resource, out var group) => group.Tags,
            _ when world.Vpcs.TryGetValue(resource, out var vpc) => vpc.Tags,
            _ when world.Services.Values.FirstOrDefault(s => s.Arn == resource || s.Name == resource) is { } service => service.Tags,
            _ when world.Tasks.Values.FirstOrDefault(t => t.Arn == resource || t.Id == resource) is { } task => task.Tags,
            _ => throw new ArgumentException($"no group, VPC, service or task {resource} to tag", nameof(resource)),
        };
        if (value is null)
        {
            tags.Remove(key);
        }
        else
        {
            tags[key] = value;
        }
    }

    /// <summary>Marks a service as managed, lets it propagate its tags, and tags the tasks it already runs.</summary>
    public static void ManageService(SandboxWorld world, EcsService service)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(service);
        service.Tags[ManagedKey] = ManagedValue;
        service.PropagateTags = true;
        foreach (var task in world.Tasks.Values.Where(t => t.ClusterName == service.ClusterName && t.ServiceName == service.Name))
        {
            task.Tags[ManagedKey] = ManagedValue;
        }
    }
}
