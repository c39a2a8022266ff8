using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

internal static class WireAssert
{
    /// <summary>Every method of <paramref name="port"/> was driven and sent exactly what its adapters declare (all problems listed).</summary>
    public static void AsDeclared(WiredAccount account, string port)
    {
        var declared = IamDeclarations.Adapters.Where(a => a.Port == port).SelectMany(a => a.PortMethods).Distinct()
            .ToDictionary(m => m, IamDeclarations.For);
        var problems = PermissionCheck.Problems(declared, [.. account.Recordings.Where(r => r.PortMethod.StartsWith(port + ".", StringComparison.Ordinal))]);
        if (problems.Count > 0)
        {
            Assert.Fail($"{port}: the wire and src/EcsWinReconciler.Aws/Declarations disagree:\n" + string.Join('\n', problems));
        }
    }
}
