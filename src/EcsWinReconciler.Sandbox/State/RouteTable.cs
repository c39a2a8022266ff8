namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A route table. The VPC's main table (created with the VPC, with its <c>local</c> route) serves every subnet that has
/// no explicit association; an explicit association makes a subnet use another table.
/// </summary>
public sealed class RouteTable
{
    public required string Id { get; init; }

    public required string VpcId { get; init; }

    public List<Route> Routes { get; init; } = [];

    public List<RouteTableAssociation> Associations { get; init; } = [];

    public bool IsMain => Associations.Any(a => a.Main);
}
