namespace EcsWinReconciler.Aws.Declarations;

/// <summary>One IAM action on one resource that an adapter's calls need, and when they need it.</summary>
/// <param name="Action">The IAM action, <c>service:Operation</c> (for the APIs we call, the operation name is the action name).</param>
/// <param name="Resource">What the action is allowed on.</param>
/// <param name="When">The remediation ceiling from which the call is made.</param>
/// <param name="Via">
/// Set when AWS makes the call on our behalf during another of our calls (SNS encrypting with the topic's KMS key
/// during <c>sns:Publish</c>): it never appears on our wire, and the policy should allow it only through that service.
/// </param>
public sealed record IamGrant(string Action, IamResource Resource, NeededWhen When = NeededWhen.Always, string? Via = null)
{
    /// <summary>The service prefix: <c>ec2</c>, <c>ecs</c>, <c>dynamodb</c>, ….</summary>
    public string Service => Action[..Action.IndexOf(':', StringComparison.Ordinal)];

    public override string ToString() =>
        $"{Action} on {Resource.Name}" + (When == NeededWhen.Always ? string.Empty : $" ({When})") + (Via is null ? string.Empty : $" via {Via}");
}
