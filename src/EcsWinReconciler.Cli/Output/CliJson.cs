using System.Text.Json.Serialization;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Output;

/// <summary>Source-generated JSON for every view ewr prints (no reflection): camelCase, indented, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationView))]
[JsonSerializable(typeof(ApplyView))]
[JsonSerializable(typeof(IReadOnlyList<SpecSummaryView>))]
[JsonSerializable(typeof(SpecSummaryView))]
[JsonSerializable(typeof(DeleteView))]
[JsonSerializable(typeof(ExceptionView))]
[JsonSerializable(typeof(IReadOnlyList<ExceptionView>))]
[JsonSerializable(typeof(IReadOnlyList<StatusView>))]
[JsonSerializable(typeof(IReadOnlyList<AlertView>))]
[JsonSerializable(typeof(IReadOnlyList<ExceptedView>))]
[JsonSerializable(typeof(LintView))]
[JsonSerializable(typeof(IReadOnlyList<LintRuleView>))]
[JsonSerializable(typeof(ReconcileView))]
[JsonSerializable(typeof(SetupView))]
[JsonSerializable(typeof(ExplanationView))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class CliJson : JsonSerializerContext;
