using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Permissions.DynamoGrants;

namespace EcsWinReconciler.Aws.Permissions;

/// <summary>
/// What <see cref="DynamoAlertStore"/> calls on the State table: each step reads the alert, then makes one conditional
/// write (a put to create or reopen, an update otherwise); listings query the <c>alerts</c> index.
/// </summary>
internal static class DynamoAlertStorePermissions
{
    private static readonly IamResource State = IamResource.StateTable;
    private static readonly IamResource AlertsIndex = IamResource.StateTableIndex(StateTable.AlertsIndex);

    public static AdapterPermissions Declared { get; } = new(nameof(DynamoAlertStore), nameof(IAlertStore), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoAlertStore.GetAsync)] = [GetItem(State)],
        [nameof(DynamoAlertStore.OpenOrJoinAsync)] = [GetItem(State), PutItem(State), UpdateItem(State)],
        [nameof(DynamoAlertStore.LeaveAsync)] = [GetItem(State), UpdateItem(State)],
        [nameof(DynamoAlertStore.TryClaimNotificationAsync)] = [GetItem(State), UpdateItem(State)],
        [nameof(DynamoAlertStore.CompleteNotificationAsync)] = [UpdateItem(State)],
        [nameof(DynamoAlertStore.ListAsync)] = [Query(AlertsIndex)],
        [nameof(DynamoAlertStore.ListPendingNotificationsAsync)] = [Query(AlertsIndex)],
    });
}
