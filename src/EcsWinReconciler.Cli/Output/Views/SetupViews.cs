namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr setup': each table as declared, and (unless a dry run) what became of it.

internal sealed record SetupView(bool DryRun, IReadOnlyList<TableView> Tables);

internal sealed record TableView(
    string Name,
    string Billing,
    IReadOnlyList<KeyView> Key,
    IReadOnlyList<IndexView> Indexes,
    string? Stream,
    bool Encrypted,
    string? TimeToLive,
    bool PointInTimeRecovery)
{
    /// <summary>created, existed or differs; null in a dry run.</summary>
    public string? Outcome { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<string> Differences { get; init; } = [];
}

internal sealed record KeyView(string Attribute, string Type, string Role);

internal sealed record IndexView(string Name, IReadOnlyList<KeyView> Key, string Projection);
