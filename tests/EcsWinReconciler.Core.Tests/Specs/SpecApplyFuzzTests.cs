using System.Globalization;
using System.Text.Json;
using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// Issue 8, bad specs: generated valid specs, each broken by one <see cref="BadSpecMutations"/> mistake, go through the
/// path <c>ewr spec apply</c> takes (read → validate against the stored set → store only when everything is valid),
/// as a file of two documents: a good spec first, the broken one second. Every broken spec is rejected with an error at
/// the path of the mistake, every error names a node the document has, and nothing is ever stored — not even the good
/// spec beside it. CI runs 1,000 (EWR_FUZZ_SPECS for more).
/// </summary>
public sealed class SpecApplyFuzzTests(ITestOutputHelper output)
{
    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("EWR_FUZZ_SPECS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000;

    [Fact]
    public async Task Apply_GeneratedBadSpecs_AllRejectedAtTheirPathAndNothingStored()
    {
        var specs = SpecGenerators.Spec.Sample(Count, new Rnd(20261125), 30);
        var store = new InMemorySpecStore();
        var random = new Random(20261125);
        var failures = new List<string>();
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < specs.Length; i++)
        {
            var good = specs[(i + 1) % specs.Length] with { Metadata = specs[(i + 1) % specs.Length].Metadata with { Name = $"good-{i}" } };
            var tree = DocumentTree.From(JsonDocument.Parse(SpecWriter.ToJson(specs[i])).RootElement);
            var (category, expected) = BadSpecMutations.Apply(tree, random);
            categories[category] = categories.GetValueOrDefault(category) + 1;
            var text = $"{SpecWriter.ToJson(good)}\n---\n{tree}\n";

            var errors = await ApplyAsync(store, $"bad-{i}.yaml", text);

            var bad = errors.Where(e => e.Line > CountLines(SpecWriter.ToJson(good)) + 1).ToList();
            if (bad.Count == 0 || !bad.Any(e => expected.Contains(e.Path)) || !bad.All(e => tree.HasPath(e.Path)))
            {
                failures.Add($"{category} at [{string.Join(" | ", expected)}]: {string.Join("; ", errors)}\n{tree}");
            }
        }

        output.WriteLine($"{specs.Length} bad specs: {string.Join(", ", categories.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {specs.Length}:\n" + string.Join("\n\n", failures.Take(5)));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    /// <summary>What <c>ewr spec apply</c> does: every error at once; when there is any, nothing is stored.</summary>
    private static async Task<IReadOnlyList<SpecError>> ApplyAsync(ISpecStore store, string file, string text)
    {
        var read = SpecReader.Read(file, text);
        var errors = read.IsValid ? SpecSetValidator.ValidateApply(await store.ListAsync(CancellationToken.None), read.Specs) : read.Errors;
        if (errors.IsEmpty)
        {
            foreach (var spec in read.Specs)
            {
                await store.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, CancellationToken.None);
            }
        }

        return errors;
    }

    private static int CountLines(string text) => text.Count(c => c == '\n') + 1;
}
