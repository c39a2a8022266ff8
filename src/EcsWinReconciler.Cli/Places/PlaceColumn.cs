using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Cli.Places;

/// <summary>
/// The ACCOUNT/REGION column of 'ewr status' and 'ewr alerts': there only when the rows span more than one place (a single-account
/// hub prints what it always did). It moves under each row, rather than push an id over the edge, on a narrow terminal.
/// </summary>
internal static class PlaceColumn
{
    public const string Header = "ACCOUNT/REGION";

    /// <summary>Where an alert's tasks run: its cluster's ARN says.</summary>
    public static AccountRegion? Of(AlertRecord alert) => AccountRegion.OfArn(alert.ClusterArn);

    public static bool Needed(IEnumerable<AccountRegion?> places) => places.Distinct().Count() > 1;

    /// <summary>The column, when <paramref name="needed"/>; gives way (under the row) after the columns of lower <paramref name="priority"/>.</summary>
    public static IEnumerable<Column> For(bool needed, int priority) => needed ? [Column.Detail(Header, priority)] : [];

    public static IEnumerable<Cell> Cell(bool needed, AccountRegion? place) => needed ? [place?.ToString() ?? "-"] : [];
}
