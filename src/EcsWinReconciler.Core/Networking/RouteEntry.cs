namespace EcsWinReconciler.Core.Networking;

/// <summary>
/// One route of a route table (DescribeRouteTables <c>Routes[]</c>): a destination block and its target — <c>local</c>, a
/// peering connection (<c>pcx-</c>), a transit gateway (<c>tgw-</c>), a virtual private gateway (<c>vgw-</c>), an internet or NAT
/// gateway, an ENI — and its state (a <c>blackhole</c> route's target is gone: traffic it covers is dropped).
/// </summary>
public sealed record RouteEntry(Cidr Destination, string Target, bool Blackhole = false)
{
    public const string Local = "local";

    public string Describe() => $"{Destination} → {Target}{(Blackhole ? " (blackhole)" : string.Empty)}";
}
