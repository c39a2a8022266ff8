using System.Text.RegularExpressions;

namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// Paths in error messages: <c>spec.securityGroups.ids[2]</c>. The document root is the empty path.
/// Keys that are not simple names are written <c>["a.b"]</c> so a path always reads back unambiguously.
/// </summary>
internal static partial class DocPath
{
    public const string Root = "";

    public static string Field(string parent, string key)
    {
        if (!SimpleKey().IsMatch(key))
        {
            // Never shortened: a path must name its node exactly, however long the key.
            return $"{parent}[\"{ScalarNode.Escape(key)}\"]";
        }

        return parent.Length == 0 ? key : $"{parent}.{key}";
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The path as shown in a message: the root has no name of its own.</summary>
    public static string Display(string path) => path.Length == 0 ? "(document)" : path;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex SimpleKey();
}
