using System.Text.Json;
using EcsWinReconciler.Core.Specs;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Properties over generated specs: the canonical form round-trips, and no edit makes the reader throw.</summary>
public class SpecPropertyTests
{
    // YAML's structure characters, line breaks of every kind (YamlDotNet once threw on \u2028 inside [...]),
    // a control character and a lone surrogate.
    private const string Punctuation = "{}[],:\"'-#&*!|>%@` \n\r\t\\\u0085\u2028\u2029\u0000\ud800";

    [Property(Arbitrary = [typeof(SpecGenerators)], MaxTest = 300)]
    public void ToJson_ThenRead_GivesTheSameSpec(TaskNetworkSpec spec)
    {
        var json = SpecWriter.ToJson(spec);

        var result = SpecReader.Read("generated.json", json);

        Assert.True(result.IsValid, json + "\n" + string.Join("\n", result.Errors));
        Assert.Equal(spec, Assert.Single(result.Specs).Spec);
        Assert.Equal(json, SpecWriter.ToJson(result.Specs[0].Spec));
    }

    [Property(Arbitrary = [typeof(SpecGenerators)], MaxTest = 300)]
    public void Read_StructuralMutations_NeverThrowAndEveryErrorPathExists(TaskNetworkSpec spec, int seed)
    {
        var tree = DocumentTree.From(JsonDocument.Parse(SpecWriter.ToJson(spec)).RootElement);
        var mutator = new TreeMutator(new Random(seed));
        var edits = 1 + Math.Abs(seed % 3);
        for (var i = 0; i < edits; i++)
        {
            mutator.Mutate(tree);
        }

        var text = tree.ToString();
        var result = SpecReader.Read("mutated.json", text);

        Assert.All(result.Errors, e => Assert.True(tree.HasPath(e.Path), $"{e} does not name a node of\n{text}"));
        Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString()));
        Assert.True(result.Specs.Count + (result.Errors.IsEmpty ? 0 : 1) == 1, text);
    }

    [Property(Arbitrary = [typeof(SpecGenerators)], MaxTest = 200)]
    public void Read_RandomCharacterEdits_NeverThrow(TaskNetworkSpec spec, int seed)
    {
        var random = new Random(seed);
        var chars = SpecWriter.ToJson(spec).ToList();
        for (var i = 0; i < 1 + random.Next(5); i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                default:
                    chars[at] = (char)random.Next(32, 127);
                    break;
            }
        }

        var result = SpecReader.Read("edited.yaml", new string([.. chars]));

        Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1 && e.Message.Length > 0, e.ToString()));
    }
}
