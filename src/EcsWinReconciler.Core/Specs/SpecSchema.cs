using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Writing;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The JSON Schema (draft 2020-12) of a spec document, for editors (e.g. the YAML language server's
/// <c># yaml-language-server: $schema=…</c>). Generated from the same shape declarations the reader validates
/// with, so it lists exactly the fields the reader accepts, with their types, enums, patterns and defaults.
/// The reader checks more than the schema says (contradictions, ports only for tcp/udp, group in ids, port
/// and duration ranges inside strings, host bits of CIDRs), so a document can pass the schema and still be
/// rejected; it is a guide for editors, and <see cref="SpecReader"/> is the judge. The reader is also a little
/// more lenient on scalar types (a plain number is accepted where a string is expected, e.g. <c>family: 2024</c>).
/// </summary>
public static class SpecSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static string Generate()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            SchemaWriter.WriteShape(writer, RootShape.Object, header: w =>
            {
                w.WriteString("$schema", Draft);
                w.WriteString("title", TaskNetworkSpec.SpecKind);
                w.WriteString("description", $"The desired network of Windows ECS tasks (EC2 launch type, awsvpc): {TaskNetworkSpec.CurrentApiVersion}.");
            });
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
