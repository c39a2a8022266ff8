using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Carries out the two ECS actions of the plan: <see cref="UpdateServiceNetwork"/> (UpdateService with the spec's
/// awsvpcConfiguration and a new deployment) and <see cref="ReplaceTask"/> (StopTask with the reason, so the
/// service starts a fresh task with a fresh ENI). It never touches the task ENI (docs/FACTS.md §4.2).
/// </summary>
/// <remarks>
/// ECS has no DryRun parameter: in dry-run nothing is sent and the outcome is <see cref="ActionResult.WouldApply"/>.
/// A task that was already stopped is <see cref="ActionResult.AlreadyDone"/>; a task, service or cluster that no
/// longer exists is <see cref="ActionResult.ResourceGone"/>; every other ECS error is <see cref="ActionResult.Failed"/>
/// with its code. Cancellation propagates.
/// </remarks>
public sealed class EcsActuator : INetworkActuator
{
    private readonly IEcsApi _ecs;
    private readonly ILogger _logger;
    private readonly EcsScopeCheck? _scope;

    /// <param name="ecs">The ECS client.</param>
    /// <param name="logger">Where the outcomes are logged.</param>
    /// <param name="scope">Which services and tasks it may change; null = any (tests of the writes themselves).</param>
    public EcsActuator(IEcsApi ecs, ILogger<EcsActuator>? logger = null, ManagedScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(ecs);
        _ecs = ecs;
        _logger = logger ?? NullLogger<EcsActuator>.Instance;
        _scope = scope is null ? null : new EcsScopeCheck(ecs, scope);
    }

    public bool CanExecute(RemediationAction action) => action is UpdateServiceNetwork or ReplaceTask;

    /// <summary>Why the service (or task) is not the reconciler's to change: untagged and outside the listed clusters (docs/FACTS.md §7.1).</summary>
    public async Task<string?> WhyOutOfScopeAsync(RemediationAction action, CancellationToken cancellationToken) => (_scope, action) switch
    {
        (null, _) => null,
        (_, UpdateServiceNetwork update) => await _scope.ServiceAsync(update.ClusterArn, update.ServiceName, cancellationToken).ConfigureAwait(false),
        (_, ReplaceTask replace) => await _scope.TaskAsync(replace.ClusterArn, replace.TaskArn, cancellationToken).ConfigureAwait(false),
        _ => throw new NotSupportedException($"{action.GetType().Name} is not an ECS action; ask CanExecute first"),
    };

    public async Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ActionOutcome outcome;
        try
        {
            outcome = action switch
            {
                UpdateServiceNetwork update => await UpdateServiceAsync(update, dryRun, cancellationToken).ConfigureAwait(false),
                ReplaceTask replace => await StopTaskAsync(replace, dryRun, cancellationToken).ConfigureAwait(false),
                _ => throw new NotSupportedException($"{action.GetType().Name} is not an ECS action; ask CanExecute first"),
            };
        }
        catch (EcsApiException error)
        {
            outcome = EcsActionOutcomes.FromError(action, error);
        }

        EcsLog.ActionEnded(_logger, action.Key, dryRun, outcome.Result.ToString(), outcome.Detail);
        return outcome;
    }

    private async Task<ActionOutcome> UpdateServiceAsync(UpdateServiceNetwork action, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return ActionOutcome.WouldApply($"dry-run: would {action.Describe()} (ECS has no DryRun; nothing sent)");
        }

        var network = new EcsAwsVpcConfiguration
        {
            Subnets = [.. action.Subnets],
            SecurityGroups = [.. action.SecurityGroups],
            AssignPublicIp = action.AssignPublicIp ? EcsAwsVpcConfiguration.Enabled : EcsAwsVpcConfiguration.Disabled,
        };
        await _ecs.UpdateServiceNetworkAsync(action.ClusterArn, action.ServiceName, network, forceNewDeployment: true, cancellationToken).ConfigureAwait(false);
        return ActionOutcome.Applied($"{action.Describe()}: started");
    }

    private async Task<ActionOutcome> StopTaskAsync(ReplaceTask action, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return ActionOutcome.WouldApply($"dry-run: would {action.Describe()} (ECS has no DryRun; nothing sent)");
        }

        var task = await _ecs.StopTaskAsync(action.ClusterArn, action.TaskArn, action.Reason, cancellationToken).ConfigureAwait(false);
        return EcsActionOutcomes.FromStoppedTask(action, task);
    }
}
