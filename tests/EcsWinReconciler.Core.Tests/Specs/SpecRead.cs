using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Reading helpers that fail with every error listed, so a failing test shows what the reader said.</summary>
internal static class SpecRead
{
    public const string Source = "test.yaml";

    public static SpecReadResult Text(string text) => SpecReader.Read(Source, text);

    public static TaskNetworkSpec Valid(string text)
    {
        var result = Text(text);
        Assert.True(result.IsValid, "Unexpected errors:\n" + string.Join("\n", result.Errors));
        return Assert.Single(result.Specs).Spec;
    }

    public static SpecBody ValidBody(string specFragment) => Valid(SpecSamples.WithSpec(specFragment)).Spec;

    public static SpecError SingleError(string text)
    {
        var result = Text(text);
        Assert.Empty(result.Specs);
        Assert.True(result.Errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", result.Errors));
        return result.Errors[0];
    }

    /// <summary>The "path: message" texts of every error.</summary>
    public static IReadOnlyList<string> ErrorTexts(string text) => Text(text).Errors.Select(e => e.Text).ToList();
}
