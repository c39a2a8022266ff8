namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>A grant a function needs, how docs/DEPLOY.md names its resource, and the call AWS makes it during (if any).</summary>
internal sealed record DerivedGrant(RoleGrant Grant, string Description, string? Via = null);
