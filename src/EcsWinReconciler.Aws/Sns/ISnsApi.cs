namespace EcsWinReconciler.Aws.Sns;

/// <summary>The SNS wire surface we use (Publish), in one place, so an official AWSSDK.SimpleNotificationService client could replace <see cref="SnsApiClient"/> here.</summary>
public interface ISnsApi
{
    /// <summary>Publishes and returns SNS's MessageId. Failures are <see cref="Core.Ports.AdapterException"/> with SNS's error code.</summary>
    Task<string> PublishAsync(SnsPublishRequest request, CancellationToken cancellationToken);
}
