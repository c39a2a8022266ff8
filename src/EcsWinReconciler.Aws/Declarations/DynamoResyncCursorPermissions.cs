using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="DynamoResyncCursor"/> calls on the State table: one item per sweep, read then overwritten.</summary>
internal static class DynamoResyncCursorPermissions
{
    private static readonly IamResource State = IamResource.StateTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoResyncCursor), nameof(IResyncCursor), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoResyncCursor.GetAsync)] = [GetItem(State)],
        [nameof(DynamoResyncCursor.SaveAsync)] = [PutItem(State)],
    });
}
