namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// One action on one resource in a function's policy, and the template condition it is granted under ("" = always).
/// <see cref="Resource"/> is a logical key (<c>dynamodb:table/State</c>, <c>ecs:service</c>, <c>*</c>; see
/// <see cref="TemplateResources"/>) or, for what only the template names (log groups, queues), the resource's JSON.
/// </summary>
internal sealed record RoleGrant(string Action, string Resource, string Condition)
{
    public override string ToString() => $"{Action} on {Resource}" + (Condition.Length == 0 ? string.Empty : $" if {Condition}");
}
