namespace EcsWinReconciler.Cli.Output;

/// <summary>--output: tables for people (wide: every column, nothing cut), JSON or YAML for scripts (same content, camelCase keys).</summary>
public enum OutputFormat
{
    Table,
    Json,
    Yaml,
    Wide,
}
