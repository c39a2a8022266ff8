using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>An alert as read, with the version its next guarded write is conditional on.</summary>
internal sealed record StoredAlert(AlertRecord Record, long Version);
