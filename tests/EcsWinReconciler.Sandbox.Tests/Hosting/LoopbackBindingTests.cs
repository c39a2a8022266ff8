using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Hosting;

public class LoopbackBindingTests
{
    [Fact]
    public async Task StartAsync_AnyPort_ListensOn127001Only()
    {
        await using var host = await TestSandbox.StartAsync();

        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(e => e.Port == host.Endpoint.Port).ToList();

        Assert.Equal("127.0.0.1", host.Endpoint.Host);
        Assert.NotEmpty(listeners);
        Assert.All(listeners, l => Assert.Equal(IPAddress.Loopback, l.Address));
    }

    [Fact]
    public async Task StartAsync_OtherLocalAddress_ConnectionRefused()
    {
        await using var host = await TestSandbox.StartAsync();
        var other = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (other is null)
        {
            // No non-loopback IPv4 address on this machine: the listener check above is the whole proof.
            Assert.Equal("127.0.0.1", host.Endpoint.Host);
            return;
        }

        using var client = new TcpClient();
        var error = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(other, host.Endpoint.Port));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }
}
