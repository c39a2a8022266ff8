namespace EcsWinReconciler.Core.Networking.Paths;

/// <summary>A service a task reaches on a server: a name for people, a protocol and the server's port(s).</summary>
public sealed record PathService(string Name, IpProtocol Protocol, PortRange Ports)
{
    public override string ToString() => $"{Name} ({Protocol} {Ports})";
}
