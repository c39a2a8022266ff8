using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// YamlDotNet 16.3's scanner throws a bare <see cref="InvalidOperationException"/> for a plain value that
/// breaks across lines inside <c>[...]</c> (valid YAML, e.g. <c>[a\nb]</c>). This wrapper turns that into a
/// <see cref="YamlException"/> at the last position read, so it is reported like any syntax error.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    private Mark _last = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        try
        {
            var moved = inner.MoveNext();
            _last = inner.Current?.End ?? _last;
            return moved;
        }
        catch (InvalidOperationException ex)
        {
            throw new YamlException(_last, _last, "a value breaks across lines inside [...] or {...}; put it on one line or quote it", ex);
        }
    }
}
