using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// dynalite, the DynamoDB-compatible server the repository pins (package.json), run by node for <c>ewr demo
/// --keep-running</c>: in memory, on 127.0.0.1, on a free port. It never outlives ewr: disposing stops it, and the host
/// script (dynalite-host.js) exits by itself when ewr's end of its stdin closes or ewr dies.
/// </summary>
internal sealed class DynaliteProcess : IAsyncDisposable
{
    private const string PortLine = "dynalite-port=";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _script;

    private DynaliteProcess(Process process, string script, int port)
    {
        _process = process;
        _script = script;
        Endpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public Uri Endpoint { get; }

    public static async Task<DynaliteProcess> StartAsync(string dynaliteDirectory, CancellationToken cancellationToken)
    {
        var script = WriteHostScript();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dynaliteDirectory)!,
        };
        foreach (var argument in new[] { script, dynaliteDirectory, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith(PortLine, StringComparison.Ordinal) && int.TryParse(line.AsSpan(PortLine.Length), CultureInfo.InvariantCulture, out var value))
            {
                port.TrySetResult(value);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("dynalite exited before it listened"));
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            process.Dispose();
            throw new CliException("node was not found on PATH; ewr demo --keep-running runs dynalite (DynamoDB) with it", "install Node.js 20 or newer (Debian: apt-get install nodejs npm), then run the demo again");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new DynaliteProcess(process, script, await port.Task.WaitAsync(StartLimit, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Stop(process);
            process.Dispose();
            string said;
            lock (errors)
            {
                said = errors.ToString().Trim();
            }

            throw new CliException($"dynalite did not start ({e.Message}){(said.Length > 0 ? $": {said.Split('\n')[0]}" : string.Empty)}", "run 'npm ci' at the clone's root again (Node.js 20 or newer)");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
        File.Delete(_script);
    }

    // The script travels inside ewr (a .NET tool has no other files); node needs it as a file.
    private static string WriteHostScript()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("dynalite-host.js")
            ?? throw new InvalidOperationException("ewr was built without its dynalite-host.js resource");
        using var reader = new StreamReader(resource);
        var text = reader.ReadToEnd();
        var path = Path.Combine(Path.GetTempPath(), $"ewr-dynalite-host-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.js");
        File.WriteAllText(path, text);
        return path;
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
            // Already gone.
        }
    }
}
