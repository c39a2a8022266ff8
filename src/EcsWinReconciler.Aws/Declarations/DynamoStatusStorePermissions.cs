using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="DynamoStatusStore"/> calls on the State table.</summary>
internal static class DynamoStatusStorePermissions
{
    private static readonly IamResource State = IamResource.StateTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoStatusStore), nameof(IStatusStore), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoStatusStore.GetAsync)] = [GetItem(State)],

        // Compares with the stored status (unless cached) and writes only a change, conditionally on the event version.
        [nameof(DynamoStatusStore.PutAsync)] = [GetItem(State), PutItem(State)],

        // Writes first, conditionally; reads only when a newer status beat the write.
        [nameof(DynamoStatusStore.PutAfterListingAsync)] = [GetItem(State), PutItem(State)],

        // By cluster: the byCluster index; across all clusters: a Scan of the table.
        [nameof(DynamoStatusStore.ListAsync)] = [Query(IamResource.StateTableIndex(StateTable.ByClusterIndex)), Scan(State)],
    });
}
