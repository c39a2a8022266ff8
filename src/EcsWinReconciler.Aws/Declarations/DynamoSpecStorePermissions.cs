using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="DynamoSpecStore"/> calls on the Specs table.</summary>
internal static class DynamoSpecStorePermissions
{
    private static readonly IamResource Specs = IamResource.SpecsTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(DynamoSpecStore), nameof(ISpecStore), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(DynamoSpecStore.ListAsync)] = [Scan(Specs)],
        [nameof(DynamoSpecStore.GetAsync)] = [GetItem(Specs)],

        // Reads the stored generation, then writes conditionally on it (again after a lost race).
        [nameof(DynamoSpecStore.ApplyAsync)] = [GetItem(Specs), PutItem(Specs)],
        [nameof(DynamoSpecStore.DeleteAsync)] = [DeleteItem(Specs)],
    });
}
