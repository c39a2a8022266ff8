namespace EcsWinReconciler.Lambda.Tests.Template.Scope;

/// <summary>One write a role might send: the action, the resource's ARN, and the request context IAM would evaluate (its tags, its VPC or cluster).</summary>
internal sealed record WriteRequest(string Action, string ResourceArn, IReadOnlyDictionary<string, string> Context)
{
    public override string ToString() => $"{Action} on {ResourceArn} [{string.Join(", ", Context.Select(c => $"{c.Key}={c.Value}"))}]";
}
