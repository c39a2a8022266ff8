using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="DynamoAlertStore"/> calls on the State table: records are read many at a time (BatchGetItem), every write
/// is one conditional put, and a lost condition reads the record again (GetItem); listings query the <c>alerts</c> index.
/// </summary>
internal static class DynamoAlertStorePermissions
{
    private static readonly IamResource State = IamResource.StateTable;
    private static readonly IamResource AlertsIndex = IamResource.StateTableIndex(StateTable.AlertsIndex);

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoAlertStore), nameof(IAlertStore), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoAlertStore.GetManyAsync)] = [BatchGetItem(State)],
        [nameof(DynamoAlertStore.ApplyAsync)] = [PutItem(State), GetItem(State)],
        [nameof(DynamoAlertStore.TryClaimNotificationAsync)] = [PutItem(State), GetItem(State)],
        [nameof(DynamoAlertStore.CompleteNotificationAsync)] = [PutItem(State), GetItem(State)],
        [nameof(DynamoAlertStore.ListAsync)] = [Query(AlertsIndex)],
        [nameof(DynamoAlertStore.ListPendingNotificationsAsync)] = [Query(AlertsIndex)],
    });
}
