using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="SnsAlertSink"/> calls. The alert topic is KMS-encrypted, and SNS encrypts a published message with
/// the topic's key as the publisher, so the publisher needs the key too (SNS developer guide, "Encryption at rest":
/// kms:GenerateDataKey* and kms:Decrypt).
/// </summary>
internal static class SnsAlertSinkPermissions
{
    private const string Publish = "sns:Publish";

    public static AdapterIamDeclaration Declared { get; } = new(nameof(SnsAlertSink), nameof(IAlertSink), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(SnsAlertSink.PublishAsync)] =
        [
            new(Publish, IamResource.AlertTopic),
            new("kms:GenerateDataKey*", IamResource.AlertTopicKey, Via: Publish),
            new("kms:Decrypt", IamResource.AlertTopicKey, Via: Publish),
        ],
    });
}
