using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// The backend of a build without the AWS adapters (the DynamoDB stores and the ECS/SNS clients are not merged yet):
/// commands that need AWS say so and exit 3; lint, spec validate and spec schema work.
/// </summary>
public sealed class UnavailableBackendFactory : IBackendFactory
{
    public IBackend Create(BackendOptions options) =>
        throw new CliException(
            "this build of ewr has no AWS backend: the DynamoDB stores and the ECS/SNS adapters are not part of it yet",
            "use 'ewr lint', 'ewr spec validate' and 'ewr spec schema' meanwhile; they need no AWS",
            ExitCodes.Aws);
}
