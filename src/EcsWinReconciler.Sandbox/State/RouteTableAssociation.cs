namespace EcsWinReconciler.Sandbox.State;

/// <summary>A route-table association (<c>rtbassoc-…</c>): the VPC's main one (no subnet) or a subnet's explicit one.</summary>
public sealed record RouteTableAssociation(string AssociationId, string? SubnetId, bool Main = false);
