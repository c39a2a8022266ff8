using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>The member worlds <see cref="TwoMembers.AddTo"/> made, to edit, step and read as the host's own.</summary>
public sealed record MemberWorlds(SandboxAdmin EuWest, SandboxAdmin UsWest, SandboxAdmin WithoutRole);
