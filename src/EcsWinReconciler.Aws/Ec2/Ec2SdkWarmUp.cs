using Amazon.EC2;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// The EC2 SDK turns every instance type it reads (DescribeInstances, DescribeInstanceTypes) into an
/// <see cref="InstanceType"/> constant, and the first time it does so it reflects over all of the class's ~900 static
/// fields. In the Native AOT binary that took ~20 ms of CPU on the first event's critical path (measured with
/// bench/EcsWinReconciler.LoadHarness, the gap between the DescribeInstances answer and the next request). Starting it
/// on the thread pool while the process initialises lets it overlap the first event's other reads instead.
/// </summary>
public static class Ec2SdkWarmUp
{
    public static void Start() => _ = Task.Run(() => InstanceType.FindValue(InstanceType.M5Large.Value));
}
