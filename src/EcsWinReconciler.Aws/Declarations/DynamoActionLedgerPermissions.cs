using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="DynamoActionLedger"/> calls on the State table.</summary>
internal static class DynamoActionLedgerPermissions
{
    private static readonly IamResource State = IamResource.StateTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoActionLedger), nameof(IActionLedger), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        // A lost condition reads the claim back: its answer may have been lost after it landed.
        [nameof(DynamoActionLedger.TryClaimAsync)] = [PutItem(State), GetItem(State)],
        [nameof(DynamoActionLedger.CompleteAsync)] = [UpdateItem(State)],
        [nameof(DynamoActionLedger.ReleaseAsync)] = [DeleteItem(State)],
        [nameof(DynamoActionLedger.RecordAsync)] = [PutItem(State)],

        // The ledger partition, by key range on the table itself (no index).
        [nameof(DynamoActionLedger.ListAsync)] = [Query(State)],
    });
}
