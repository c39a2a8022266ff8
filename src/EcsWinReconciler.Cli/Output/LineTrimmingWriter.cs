using System.Text;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// Drops the spaces Spectre pads the last cell of a table row with, line by line, so output sent to a file or a pipe
/// has no trailing whitespace (diffable, greppable, pasteable). Only used when the stream is not a terminal.
/// </summary>
internal sealed class LineTrimmingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(_line.ToString().TrimEnd(' ', '\r'));
            inner.Write('\n');
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(_line.ToString().TrimEnd(' '));
            _line.Clear();
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
