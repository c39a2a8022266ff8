using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Tests.Hosting;

public class ProjectBoundaryTests
{
    [Fact]
    public void SandboxAssembly_References_NeitherTheAdaptersNorCore()
    {
        // The sandbox plays AWS: it must not share code with the product it is testing.
        var references = typeof(SandboxHost).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("EcsWinReconciler.Aws", references);
        Assert.DoesNotContain("EcsWinReconciler.Core", references);
        Assert.DoesNotContain(references, r => r!.StartsWith("AWSSDK", StringComparison.Ordinal));
    }
}
