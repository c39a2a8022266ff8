using System.Text.Json;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecWriterTests
{
    private const string MinimalCanonical = """
        {
          "apiVersion": "ecswin.reconciler/v1",
          "kind": "TaskNetworkSpec",
          "metadata": {
            "name": "minimal",
            "labels": {}
          },
          "spec": {
            "selector": {
              "cluster": "win-prod",
              "family": "*"
            },
            "platform": "windows",
            "suspend": false,
            "remediation": {
              "mode": "alert",
              "securityGroups": "alert",
              "eni": "alert",
              "dns": "alert"
            },
            "alerts": {
              "severity": "medium",
              "reminderInterval": "1d"
            }
          }
        }

        """;

    [Fact]
    public void ToJson_MinimalSpec_WritesEveryDefault() =>
        Assert.Equal(MinimalCanonical, SpecWriter.ToJson(SpecRead.Valid(SpecSamples.Minimal)));

    [Fact]
    public void ToJson_OmittedForbiddenIngress_IsWrittenOutAsTheDefaults()
    {
        var json = SpecWriter.ToJson(SpecRead.Valid(SpecSamples.WithSpec("securityGroups: { ids: [sg-0123456789abcdef0] }")));

        using var document = JsonDocument.Parse(json);
        var forbidden = document.RootElement.GetProperty("spec").GetProperty("securityGroups").GetProperty("forbiddenIngress");
        Assert.Equal(4, forbidden.GetArrayLength());
        Assert.Equal("5985-5986", forbidden[3].GetProperty("ports").GetString());
        Assert.Equal("::/0", forbidden[3].GetProperty("cidr").GetString());
    }

    [Theory]
    [InlineData(nameof(SpecSamples.Readme))]
    [InlineData(nameof(SpecSamples.Minimal))]
    public void ToJson_ReadBack_GivesAnEqualSpecAndTheSameText(string sample)
    {
        var spec = SpecRead.Valid(sample == nameof(SpecSamples.Readme) ? SpecSamples.Readme : SpecSamples.Minimal);

        var json = SpecWriter.ToJson(spec);
        var again = SpecRead.Valid(json);

        Assert.Equal(spec, again);
        Assert.Equal(json, SpecWriter.ToJson(again));
    }

    [Fact]
    public void ToJson_RequiredRuleGroup_IsWrittenEvenWhenDefaulted()
    {
        var spec = SpecRead.Valid(SpecSamples.WithSpec("securityGroups: { ids: [sg-0123456789abcdef0], requiredIngress: [{ protocol: 6, ports: '443', cidr: 10.0.0.0/8 }] }"));

        using var document = JsonDocument.Parse(SpecWriter.ToJson(spec));
        var rule = document.RootElement.GetProperty("spec").GetProperty("securityGroups").GetProperty("requiredIngress")[0];
        Assert.Equal("""{"protocol":"tcp","ports":443,"cidr":"10.0.0.0/8","group":"sg-0123456789abcdef0"}""", JsonSerializer.Serialize(rule));
    }

    [Fact]
    public void ToJson_ReadmeExample_KeysFollowTheShapeOrder()
    {
        using var document = JsonDocument.Parse(SpecWriter.ToJson(SpecRead.Valid(SpecSamples.Readme)));

        AssertShapeOrder(document.RootElement, RootShape.Object, "");
    }

    private static void AssertShapeOrder(JsonElement element, Shape shape, string path)
    {
        switch (shape)
        {
            case ObjectShape obj:
                var written = element.EnumerateObject().Select(p => p.Name).ToList();
                var declared = obj.Fields.Select(f => f.Name).Where(written.Contains).ToList();
                Assert.True(declared.SequenceEqual(written), $"{path}: wrote [{string.Join(", ", written)}], shape order [{string.Join(", ", declared)}]");
                foreach (var property in element.EnumerateObject())
                {
                    AssertShapeOrder(property.Value, obj.Find(property.Name)!.Shape, $"{path}.{property.Name}");
                }

                break;
            case ListShape list:
                foreach (var item in element.EnumerateArray())
                {
                    AssertShapeOrder(item, list.Item, path + "[]");
                }

                break;
        }
    }
}
