using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Cli.Alerts;

/// <summary>An <see cref="AlertRecord"/> as 'ewr alerts -o json' shows it.</summary>
internal static class AlertViewMapper
{
    public static AlertView ToView(AlertRecord alert, DateTimeOffset now) => new(
        alert.Key, StatusViewMapper.Word(alert.State.ToString()), StatusViewMapper.Word(alert.Severity.ToString()), alert.Check, alert.ResourceId,
        alert.SpecName, AwsIds.ClusterName(alert.ClusterArn), PlaceColumn.Of(alert)?.Account, PlaceColumn.Of(alert)?.Region, alert.Family, alert.AffectedTasks.Count, [.. alert.AffectedTasks],
        alert.Message, alert.Expected, alert.Actual, alert.OpenedAt, alert.ResolvedAt,
        Math.Max(0, (long)(now - alert.OpenedAt).TotalSeconds), alert.NotificationsSent);
}
