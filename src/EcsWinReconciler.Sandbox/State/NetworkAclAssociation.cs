namespace EcsWinReconciler.Sandbox.State;

/// <summary>A subnet's association with an ACL (<c>aclassoc-…</c>); replacing it gives a new association id, as EC2 does.</summary>
public sealed record NetworkAclAssociation(string AssociationId, string SubnetId);
