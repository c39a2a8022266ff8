using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// One AWS call seen on the wire, as the IAM action it needs; <see cref="Resource"/> is known for DynamoDB (table or
/// index from the request body) and null where the recording cannot tell (the sandbox logs service and operation).
/// </summary>
internal sealed record WireCall(string Action, IamResource? Resource)
{
    public bool Matches(IamGrant grant) =>
        grant.Via is null && grant.Action == Action && (Resource is null || grant.Resource == Resource);

    public override string ToString() => Resource is null ? Action : $"{Action} on {Resource.Name}";
}
