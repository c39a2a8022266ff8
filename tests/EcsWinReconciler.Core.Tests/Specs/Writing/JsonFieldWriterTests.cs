using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Writing;

namespace EcsWinReconciler.Core.Tests.Specs.Writing;

public class JsonFieldWriterTests
{
    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Write_ScalarField_ItsNameAndTheReadersSpelling() =>
        Assert.Equal("""{"publicIp":"any"}""", Json(w => w.Write(EniShape.PublicIp, PublicIpPolicy.Any)));

    [Fact]
    public void WriteList_ListField_ItemsInOrder() =>
        Assert.Equal("""{"subnets":["subnet-0b","subnet-0a"]}""", Json(w => w.WriteList(EniShape.Subnets, ["subnet-0b", "subnet-0a"])));

    [Fact]
    public void WriteObject_ObjectField_ItsBodyInside() =>
        Assert.Equal("""{"eni":{"publicIp":"forbidden"}}""", Json(w => w.WriteObject(SpecBodyShape.Eni, b => b.Write(EniShape.PublicIp, PublicIpPolicy.Forbidden))));

    [Fact]
    public void Write_WhatItWrites_TheReaderReadsBack()
    {
        var json = Json(w => w.WriteObject(SpecBodyShape.Eni, b => b.Write(EniShape.PublicIp, PublicIpPolicy.Any)));

        var (view, diagnostics) = Binding.Parsed.View(json, SpecBodyShape.Object, "spec");
        var eni = view.ReadObject(SpecBodyShape.Eni);

        Assert.DoesNotContain(diagnostics.Problems, p => p.Path.StartsWith("spec.eni", StringComparison.Ordinal));
        Assert.Equal(PublicIpPolicy.Any, eni!.Read(EniShape.PublicIp).Value);
    }
}
