using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsWinReconciler.Cli.Output;

/// <summary>JSON (source-generated, indented) or the same content as YAML.</summary>
internal static class DataWriter
{
    public static string Serialize<T>(T value, JsonTypeInfo<T> type, OutputFormat format)
    {
        var json = JsonSerializer.Serialize(value, type);
        return format == OutputFormat.Yaml ? JsonToYaml.Convert(json) : json + "\n";
    }
}
