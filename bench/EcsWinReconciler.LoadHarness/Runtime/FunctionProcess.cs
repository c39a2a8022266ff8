using System.Diagnostics;
using System.Globalization;

namespace EcsWinReconciler.LoadHarness.Runtime;

/// <summary>
/// One bootstrap process: the AOT executable itself, or <c>dotnet bootstrap.dll</c> for the JIT build, with only the
/// variables it is given (plus what <c>dotnet</c> needs to start). Its output is drained and kept short; its peak
/// resident memory is read from <c>/proc/PID/status</c> (VmHWM) while it is alive.
/// </summary>
internal sealed class FunctionProcess : IDisposable
{
    private static readonly string[] Inherited = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR", "LANG"];
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private long _outputBytes;

    private FunctionProcess(Process process) => _process = process;

    /// <summary>More variables for every function process (the harness's --function-env), e.g. runtime GC settings.</summary>
    public static IReadOnlyDictionary<string, string> ExtraEnvironment { get; set; } = new Dictionary<string, string>();

    public int Id => _process.Id;

    /// <summary>
    /// Bytes the process has written to stdout and stderr so far (UTF-8, a newline per line): its JSON logs and EMF metric
    /// lines, what CloudWatch Logs would ingest from it (Lambda adds its own START/END/REPORT lines).
    /// </summary>
    public long OutputBytes => Interlocked.Read(ref _outputBytes);

    /// <summary>Harness timestamp taken just before the process was started.</summary>
    public long StartedAt { get; private set; }

    public static FunctionProcess Start(FunctionBuild build, IReadOnlyDictionary<string, string> environment)
    {
        var info = build.IsJit
            ? new ProcessStartInfo("dotnet") { ArgumentList = { build.Path } }
            : new ProcessStartInfo(build.Path);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment.Clear();
        foreach (var name in Inherited)
        {
            if (System.Environment.GetEnvironmentVariable(name) is { } value)
            {
                info.Environment[name] = value;
            }
        }

        foreach (var (name, value) in ExtraEnvironment)
        {
            info.Environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var started = new FunctionProcess(process);
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        started.StartedAt = TimeProvider.System.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Peak resident set size in MiB (VmHWM), or null once the process is gone.</summary>
    public double? PeakRssMiB()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// CPU time the process has used so far, user and system (<c>/proc/PID/stat</c>, in clock ticks of 1/100 s, Linux's USER_HZ
    /// on x86-64), or null once it is gone: the function's own work, apart from the sandbox and dynalite that share the cores.
    /// </summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The last lines the process wrote (for failure messages).</summary>
    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Add(ref _outputBytes, System.Text.Encoding.UTF8.GetByteCount(line) + 1);

        lock (_tail)
        {
            _tail.Enqueue(line.Length > 400 ? line[..400] : line);
            while (_tail.Count > 20)
            {
                _tail.Dequeue();
            }
        }
    }
}

/// <summary>A published bootstrap: the AOT executable, or the JIT build's <c>bootstrap.dll</c>.</summary>
internal sealed record FunctionBuild(string Name, string Path, bool IsJit);
