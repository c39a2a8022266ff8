using System.Globalization;
using EcsWinReconciler.Aws.DynamoDb;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// Where the reconciler's own resources are: the two tables, the alert topic, the remediation budget. Lambda reads
/// them from the environment the SAM template sets (names in <see cref="Variables"/>); the CLI from options.
/// </summary>
public sealed record ReconcilerDeployment(DynamoTableNames Tables, string? AlertTopicArn, RemediationBudgetOptions Budget)
{
    public static ReconcilerDeployment Default { get; } =
        new(new DynamoTableNames("EcsWinReconciler-Specs", "EcsWinReconciler-State"), null, new RemediationBudgetOptions(10, TimeSpan.FromHours(1)));

    /// <summary>Reads the deployment from environment variables; missing ones keep <see cref="Default"/>'s values, malformed ones fail naming the variable.</summary>
    public static ReconcilerDeployment FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var tables = new DynamoTableNames(
            environment(Variables.SpecsTable) ?? Default.Tables.Specs,
            environment(Variables.StateTable) ?? Default.Tables.State);
        var budget = new RemediationBudgetOptions(
            Int(environment, Variables.BudgetMaxActions) ?? Default.Budget.MaxActions,
            TimeSpan.FromMinutes(Int(environment, Variables.BudgetWindowMinutes) ?? (int)Default.Budget.Window.TotalMinutes));
        return new ReconcilerDeployment(tables, environment(Variables.AlertTopicArn), budget);
    }

    private static int? Int(Func<string, string?> environment, string name) =>
        environment(name) is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new FormatException($"environment variable {name}=\"{text}\" is not a positive whole number");

    /// <summary>The environment variable names (the SAM template sets them).</summary>
    public static class Variables
    {
        public const string SpecsTable = "EWR_SPECS_TABLE";
        public const string StateTable = "EWR_STATE_TABLE";
        public const string AlertTopicArn = "EWR_ALERT_TOPIC_ARN";
        public const string BudgetMaxActions = "EWR_BUDGET_MAX_ACTIONS";
        public const string BudgetWindowMinutes = "EWR_BUDGET_WINDOW_MINUTES";
    }
}
