using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template;

public sealed class CfnYamlTests
{
    [Fact]
    public void Load_ShortFormTags_BecomeLongForms()
    {
        var node = CfnYaml.Load("""
            a: !Ref Clusters
            b: !GetAtt Table.StreamArn
            c: !Sub arn:${AWS::Partition}:ecs:${AWS::Region}
            d: !If [MayChange, !Ref X, !Ref AWS::NoValue]
            e: !Join [",", !Ref Clusters]
            f: !Not [!Equals [!Ref Mode, alert]]
            g: !GetAtt [Queue, Arn]
            """);

        Assert.Equal("""{"Ref":"Clusters"}""", node["a"]!.ToJsonString());
        Assert.Equal("""{"Fn::GetAtt":["Table","StreamArn"]}""", node["b"]!.ToJsonString());
        Assert.Equal("""{"Fn::Sub":"arn:${AWS::Partition}:ecs:${AWS::Region}"}""", node["c"]!.ToJsonString());
        Assert.Equal("""{"Fn::If":["MayChange",{"Ref":"X"},{"Ref":"AWS::NoValue"}]}""", node["d"]!.ToJsonString());
        Assert.Equal("""{"Fn::Join":[",",{"Ref":"Clusters"}]}""", node["e"]!.ToJsonString());
        Assert.Equal("""{"Fn::Not":[{"Fn::Equals":[{"Ref":"Mode"},"alert"]}]}""", node["f"]!.ToJsonString());
        Assert.Equal("""{"Fn::GetAtt":["Queue","Arn"]}""", node["g"]!.ToJsonString());
    }

    [Fact]
    public void Load_PlainScalars_AreTypedQuotedOnesStayText()
    {
        var node = CfnYaml.Load("""
            int: 300
            float: 0.5
            yes: true
            quoted: "true"
            nothing: ~
            empty: ""
            text: rate(15 minutes)
            """);

        Assert.Equal(300, node["int"]!.GetValue<long>());
        Assert.Equal(0.5, node["float"]!.GetValue<double>());
        Assert.True(node["yes"]!.GetValue<bool>());
        Assert.Equal("true", node["quoted"]!.GetValue<string>());
        Assert.Null(node["nothing"]);
        Assert.Equal(string.Empty, node["empty"]!.GetValue<string>());
        Assert.Equal("rate(15 minutes)", node["text"]!.GetValue<string>());
    }

    [Fact]
    public void Load_DuplicateKey_Throws()
    {
        Assert.ThrowsAny<Exception>(() => CfnYaml.Load("a: 1\na: 2\n"));
    }

    [Fact]
    public void Load_UnknownTag_Throws()
    {
        Assert.Throws<InvalidDataException>(() => CfnYaml.Load("a: !Reff X\n"));
    }

    [Fact]
    public void Load_Sequence_IsAJsonArray()
    {
        Assert.IsType<JsonArray>(CfnYaml.Load("a: [1, 2]\n")["a"]);
    }
}
