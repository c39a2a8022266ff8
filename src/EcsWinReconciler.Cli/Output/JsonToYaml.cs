using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// Turns JSON text into YAML with the same keys in the same order (block style; empty lists and maps in flow
/// style). Strings that plain YAML would read as something else (<c>true</c>, <c>80</c>, <c>null</c>, <c>*</c>)
/// are quoted, so the YAML reads back to the same values: <c>ewr spec get -o yaml</c> can be applied again.
/// </summary>
internal static class JsonToYaml
{
    public static string Convert(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings().WithBestIndent(2).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, document.RootElement);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Write(IEmitter emitter, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var empty = !element.EnumerateObject().Any();
                emitter.Emit(new MappingStart(null, null, isImplicit: true, empty ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in element.EnumerateObject())
                {
                    emitter.Emit(StringScalar(property.Name));
                    Write(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                var none = element.GetArrayLength() == 0;
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, none ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in element.EnumerateArray())
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                emitter.Emit(StringScalar(element.GetString()!));
                break;
            case JsonValueKind.Number:
                emitter.Emit(Plain(element.GetRawText()));
                break;
            case JsonValueKind.True:
                emitter.Emit(Plain("true"));
                break;
            case JsonValueKind.False:
                emitter.Emit(Plain("false"));
                break;
            default:
                emitter.Emit(Plain("null"));
                break;
        }
    }

    private static Scalar Plain(string value) => new(null, null, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    // ScalarStyle.Any lets the emitter quote what plain style cannot carry (':', '#', leading '*', …); what plain
    // style could carry but would change type on reading is double-quoted here.
    private static Scalar StringScalar(string value) =>
        new(null, null, value, LooksTyped(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, isPlainImplicit: !LooksTyped(value), isQuotedImplicit: true);

    private static bool LooksTyped(string value) =>
        value.Length == 0
        || value is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
        || value is ".inf" or "-.inf" or ".nan" or ".Inf" or ".NaN";
}
