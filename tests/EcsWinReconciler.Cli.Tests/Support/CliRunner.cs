using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Specs;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Cli.Tests.Support;

/// <summary>
/// Runs ewr in-process, as the process would, over captured stdout/stderr, the harness's fake AWS world and fake
/// clock, and a temporary directory for spec files (deleted on dispose).
/// </summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner(ReconcilerHarness? harness = null)
    {
        Harness = harness ?? new ReconcilerHarness();
        Backends = new FakeBackendFactory(Harness.Ports);
        Directory = System.IO.Directory.CreateTempSubdirectory("ewr-cli-tests-").FullName;
    }

    public ReconcilerHarness Harness { get; }

    public FakeBackendFactory Backends { get; }

    /// <summary>A fresh directory for this test's files.</summary>
    public string Directory { get; }

    /// <summary>Pretend stdout/stderr are terminals (colour, live progress).</summary>
    public bool Terminal { get; set; }

    public string StandardInput { get; set; } = string.Empty;

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes a file under <see cref="Directory"/> and returns its full path.</summary>
    public string File(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        using var stdin = new StringReader(StandardInput);
        var host = Host(stdout, stderr, stdin);
        var exit = await EwrApp.RunAsync(args, host, CancellationToken.None).ConfigureAwait(false);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A host over nowhere, for tests that look at the command tree itself.</summary>
    public CliHost HostForInspection() => Host(TextWriter.Null, TextWriter.Null, TextReader.Null);

    private CliHost Host(TextWriter stdout, TextWriter stderr, TextReader stdin) =>
        new(stdout, stderr, stdin, Terminal, Terminal, name => Environment.GetValueOrDefault(name), Harness.Time, new FileSystemSpecFiles(), Backends)
        {
            TerminalWidth = () => TerminalColumns,
        };

    /// <summary>The width the pretend terminal measures (null: unknown, so 80).</summary>
    public int? TerminalColumns { get; set; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
