using EcsWinReconciler.Aws.Sqs;
using EcsWinReconciler.Core.Ports;
using static EcsWinReconciler.Aws.Declarations.DynamoGrants;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="SqsRecheckQueue"/> calls: the root's pending marker on the State table (a conditional put; its release a
/// conditional delete, also when a send fails), then SendMessage to the re-check queue. The queue is encrypted with
/// SQS-managed keys (no CMK), so no KMS grant rides along.
/// </summary>
internal static class SqsRecheckQueuePermissions
{
    private static readonly IamResource State = IamResource.StateTable;

    public static AdapterIamDeclaration Declared { get; } = new(nameof(SqsRecheckQueue), nameof(IRecheckQueue), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(SqsRecheckQueue.TryScheduleAsync)] = [PutItem(State), DeleteItem(State), new("sqs:SendMessage", IamResource.RecheckQueue)],
        [nameof(SqsRecheckQueue.ReleaseAsync)] = [DeleteItem(State)],
    });
}
