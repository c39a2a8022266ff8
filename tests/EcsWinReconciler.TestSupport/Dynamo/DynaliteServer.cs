using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EcsWinReconciler.TestSupport.Dynamo;

/// <summary>
/// One dynalite process: in memory, listening on 127.0.0.1 on a port the OS chose (dynalite-host.js). It never outlives the
/// test process: disposing kills it, and if the test process dies first (a run aborted, a host killed) the child notices its
/// stdin closing, or its parent changing, and exits by itself.
/// </summary>
public sealed class DynaliteServer : IAsyncDisposable
{
    private const string PortLine = "dynalite-port=";
    private readonly Process _process;
    private readonly StringBuilder _stderr;

    private DynaliteServer(Process process, StringBuilder stderr, int port)
    {
        _process = process;
        _stderr = stderr;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The node process (tests check that it is gone after dispose).</summary>
    public int ProcessId => _process.Id;

    public Uri ServiceUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>Installs dynalite when needed (<see cref="DynaliteInstall"/>), starts it and waits for its port.</summary>
    public static async Task<DynaliteServer> StartAsync(CancellationToken cancellationToken)
    {
        var dynalite = await DynaliteInstall.EnsureInstalledAsync(cancellationToken);
        var host = Path.Combine(AppContext.BaseDirectory, "Dynamo", "dynalite-host.js");
        var process = new Process { StartInfo = ProcessRunner.StartInfo(
            DynaliteInstall.NodeExecutable, [host, dynalite, Environment.ProcessId.ToString(CultureInfo.InvariantCulture)], Path.GetDirectoryName(dynalite)!) };
        var stderr = new StringBuilder();
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, port);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("dynalite exited before it listened"));
        ProcessRunner.Start(process, "to run dynalite for the DynamoDB store tests");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new DynaliteServer(process, stderr, await port.Task.WaitAsync(cancellationToken));
        }
        catch (Exception e)
        {
            Stop(process);
            process.Dispose();
            throw new InvalidOperationException($"dynalite did not start ({e.Message}). Its stderr:\n{Read(stderr)}", e);
        }
    }

    /// <summary>What dynalite wrote to stderr so far (for failure messages).</summary>
    public string StandardError => Read(_stderr);

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void OnOutput(string? line, TaskCompletionSource<int> port)
    {
        if (line is not null && line.StartsWith(PortLine, StringComparison.Ordinal) && int.TryParse(line.AsSpan(PortLine.Length), out var value))
        {
            port.TrySetResult(value);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
