using EcsWinReconciler.Aws.DynamoDb;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="DynamoTableSetup.CreateTablesAsync"/> calls (ewr setup, tests, the demo, the sandbox). No function makes these
/// calls: in AWS the stack creates the tables, so no role is granted them.
/// </summary>
internal static class TableSetupPermissions
{
    public static IReadOnlyList<IamGrant> Declared { get; } =
    [
        new("dynamodb:CreateTable", IamResource.SpecsTable),
        new("dynamodb:CreateTable", IamResource.StateTable),
        new("dynamodb:DescribeTable", IamResource.SpecsTable),
        new("dynamodb:DescribeTable", IamResource.StateTable),
        new("dynamodb:DescribeTimeToLive", IamResource.StateTable),
        new("dynamodb:UpdateTimeToLive", IamResource.StateTable),
        new("dynamodb:UpdateContinuousBackups", IamResource.SpecsTable),
        new("dynamodb:UpdateContinuousBackups", IamResource.StateTable),
    ];
}
