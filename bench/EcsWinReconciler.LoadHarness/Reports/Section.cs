namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>One run's markdown and the targets it measured.</summary>
internal sealed record Section(string Markdown, IReadOnlyList<Target> Targets);

/// <summary>A target of issue 7 and what was measured against it; <see cref="Met"/> null when it is only reported.</summary>
internal sealed record Target(string What, string Goal, string Measured, bool? Met)
{
    public IReadOnlyList<string> Row() => [What, Goal, Measured, Met switch { true => "met", false => "**not met**", null => "reported" }];
}
