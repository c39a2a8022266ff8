using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="DynamoRemediationBudget"/> calls on the State table.</summary>
internal static class DynamoRemediationBudgetPermissions
{
    private static readonly IamResource State = IamResource.StateTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoRemediationBudget), nameof(IRemediationBudget), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoRemediationBudget.RemainingAsync)] = [GetItem(State)],
        // A lost condition reads the window back: the take's answer may have been lost after it landed.
        [nameof(DynamoRemediationBudget.TryConsumeAsync)] = [UpdateItem(State), GetItem(State)],
    });
}
