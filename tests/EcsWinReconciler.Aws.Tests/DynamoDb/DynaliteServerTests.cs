using System.Diagnostics;
using System.Net.Sockets;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>The fixture's promise: no dynalite outlives the tests, however they end.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynaliteServerTests(DynaliteFixture dynamo)
{
    // A guard against hanging, not a timing assertion: the host checks its parent every second.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private static string HostScript => Path.Combine(AppContext.BaseDirectory, "Dynamo", "dynalite-host.js");

    [Fact]
    public void Fixture_ServerListensOnLoopbackOnly() =>
        Assert.Equal("127.0.0.1", dynamo.Server.ServiceUrl.Host);

    [Fact]
    public async Task Dispose_StopsTheNodeProcess()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var server = await DynaliteServer.StartAsync(guard.Token);
        using var process = Process.GetProcessById(server.ProcessId);

        await server.DisposeAsync();

        Assert.True(process.HasExited);
        await Assert.ThrowsAnyAsync<SocketException>(() => ConnectAsync(server.Port));
    }

    [Fact]
    public async Task Host_StdinClosedAsWhenTheTestProcessDies_ExitsByItself()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        using var host = Process.Start(new ProcessStartInfo("node", [HostScript, DynaliteInstall.DynaliteDirectory, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        var port = await ReadPortAsync(host.StandardOutput, guard.Token);

        host.StandardInput.Close();
        await host.WaitForExitAsync(guard.Token);

        Assert.Equal(0, host.ExitCode);
        await Assert.ThrowsAnyAsync<SocketException>(() => ConnectAsync(port));
    }

    [LinuxFact]
    public async Task Host_ParentGoneWhileStdinStillOpen_ExitsByItself()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        // sh starts the host as its child, passes on its port, and exits. The host keeps this test's stdin pipe (sh would give a
        // background job /dev/null), so only its parent check can end it.
        var fifo = Path.Combine(Path.GetTempPath(), $"dynalite-orphan-{Environment.ProcessId}.fifo");
        var script = $"exec 3<&0; mkfifo '{fifo}'; node '{HostScript}' '{DynaliteInstall.DynaliteDirectory}' $$ <&3 >'{fifo}' & echo pid=$!; "
            + $"read line <'{fifo}'; rm -f '{fifo}'; echo \"$line\"";
        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        var pidLine = await shell.StandardOutput.ReadLineAsync(guard.Token);
        var port = await ReadPortAsync(shell.StandardOutput, guard.Token);
        await shell.WaitForExitAsync(guard.Token);
        using var orphan = Process.GetProcessById(int.Parse(pidLine!["pid=".Length..], System.Globalization.CultureInfo.InvariantCulture));

        await orphan.WaitForExitAsync(guard.Token);

        Assert.True(orphan.HasExited);
        await Assert.ThrowsAnyAsync<SocketException>(() => ConnectAsync(port));
    }

    private static async Task<int> ReadPortAsync(StreamReader output, CancellationToken cancellationToken)
    {
        var line = await output.ReadLineAsync(cancellationToken);
        Assert.StartsWith("dynalite-port=", line, StringComparison.Ordinal);
        return int.Parse(line!["dynalite-port=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ConnectAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
    }
}
