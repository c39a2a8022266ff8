using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Carries out the EC2 remediation actions: <see cref="RevokeIngressRule"/> (RevokeSecurityGroupIngress by rule id),
/// <see cref="AuthorizeIngressRule"/> (AuthorizeSecurityGroupIngress, one IpPermission) and <see cref="EnableVpcAttribute"/>
/// (ModifyVpcAttribute, one attribute). It never touches a task ENI: ECS task ENIs cannot be modified (docs/FACTS.md §4.2).
/// </summary>
/// <remarks>
/// With dry-run the call carries DryRun=true and EC2's DryRunOperation becomes <see cref="ActionResult.WouldApply"/>.
/// ModifyVpcAttribute has no DryRun parameter, so a dry-run VPC action is not sent at all. Expected answers (rule
/// already gone or present, group gone, permission missing) are outcomes; anything else is an <see cref="AdapterException"/>.
/// </remarks>
public sealed class Ec2Actuator : INetworkActuator
{
    private readonly IAmazonEC2 _ec2;
    private readonly Ec2ReadCache? _cache;
    private readonly ILogger _logger;
    private readonly Ec2ScopeCheck? _scope;

    /// <param name="ec2">The EC2 client.</param>
    /// <param name="cache">Kept reads to drop after an edit.</param>
    /// <param name="logger">Where the outcomes are logged.</param>
    /// <param name="scope">Which groups and VPCs it may edit; null = any (tests of the edits themselves).</param>
    public Ec2Actuator(IAmazonEC2 ec2, Ec2ReadCache? cache = null, ILogger<Ec2Actuator>? logger = null, ManagedScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        _ec2 = ec2;
        _cache = cache;
        _logger = logger ?? NullLogger<Ec2Actuator>.Instance;
        _scope = scope is null ? null : new Ec2ScopeCheck(ec2, scope);
    }

    public bool CanExecute(RemediationAction action) => action is RevokeIngressRule or AuthorizeIngressRule or EnableVpcAttribute;

    /// <summary>Why the group (or VPC) is not the reconciler's to edit: untagged and outside the listed VPCs (docs/FACTS.md §7.1).</summary>
    public async Task<string?> WhyOutOfScopeAsync(RemediationAction action, CancellationToken cancellationToken) => (_scope, action) switch
    {
        (null, _) => null,
        (_, RevokeIngressRule revoke) => await _scope.GroupAsync(revoke.GroupId, cancellationToken).ConfigureAwait(false),
        (_, AuthorizeIngressRule authorize) => await _scope.GroupAsync(authorize.GroupId, cancellationToken).ConfigureAwait(false),
        (_, EnableVpcAttribute enable) => await _scope.VpcAsync(enable.VpcId, cancellationToken).ConfigureAwait(false),
        _ => throw new NotSupportedException($"{action.GetType().Name} is not an EC2 action; ask CanExecute first"),
    };

    public async Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var outcome = action switch
        {
            RevokeIngressRule revoke => await RevokeAsync(revoke, dryRun, cancellationToken).ConfigureAwait(false),
            AuthorizeIngressRule authorize => await AuthorizeAsync(authorize, dryRun, cancellationToken).ConfigureAwait(false),
            EnableVpcAttribute enable => await EnableAsync(enable, dryRun, cancellationToken).ConfigureAwait(false),
            _ => throw new NotSupportedException($"{action.GetType().Name} is not an EC2 action; ask CanExecute first"),
        };
        Ec2Log.ActionEnded(_logger, action.Key, dryRun, outcome.Result.ToString(), outcome.Detail);
        return outcome;
    }

    private Task<ActionOutcome> RevokeAsync(RevokeIngressRule action, bool dryRun, CancellationToken cancellationToken)
    {
        var request = new RevokeSecurityGroupIngressRequest { GroupId = action.GroupId, SecurityGroupRuleIds = [action.RuleId], DryRun = dryRun };
        return RunAsync(action, "RevokeSecurityGroupIngress", action.GroupId, dryRun, async ct =>
        {
            var response = await _ec2.RevokeSecurityGroupIngressAsync(request, ct).ConfigureAwait(false);
            return response.Return == false
                ? ActionOutcome.Failed($"EC2 did not revoke {action.RuleId} on {action.GroupId} (Return=false)")
                : ActionOutcome.Applied($"revoked {action.RuleId} ({action.Permission}) on {action.GroupId}");
        }, cancellationToken);
    }

    private Task<ActionOutcome> AuthorizeAsync(AuthorizeIngressRule action, bool dryRun, CancellationToken cancellationToken)
    {
        var request = new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = action.GroupId,
            IpPermissions = [IpPermissionWire.Build(action.Permission)],
            DryRun = dryRun,
        };
        return RunAsync(action, "AuthorizeSecurityGroupIngress", action.GroupId, dryRun, async ct =>
        {
            var response = await _ec2.AuthorizeSecurityGroupIngressAsync(request, ct).ConfigureAwait(false);
            var ruleIds = string.Join(", ", (response.SecurityGroupRules ?? []).Select(r => r.SecurityGroupRuleId));
            return ActionOutcome.Applied($"authorized {action.Permission} on {action.GroupId}" + (ruleIds.Length > 0 ? $" as {ruleIds}" : string.Empty));
        }, cancellationToken);
    }

    private async Task<ActionOutcome> EnableAsync(EnableVpcAttribute action, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return ActionOutcome.WouldApply(
                $"dry-run: ModifyVpcAttribute has no DryRun parameter, so nothing was sent; {action.Attribute} on {action.VpcId} would be turned on (permission not verified)");
        }

        var request = new ModifyVpcAttributeRequest { VpcId = action.VpcId };
        if (action.Attribute == VpcAttribute.EnableDnsSupport)
        {
            request.EnableDnsSupport = true;
        }
        else
        {
            request.EnableDnsHostnames = true;
        }

        return await RunAsync(action, "ModifyVpcAttribute", action.VpcId, dryRun, async ct =>
        {
            await _ec2.ModifyVpcAttributeAsync(request, ct).ConfigureAwait(false);
            return ActionOutcome.Applied($"turned on {action.Attribute} on {action.VpcId}");
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ActionOutcome> RunAsync(
        RemediationAction action, string operation, string resourceId, bool dryRun, Func<CancellationToken, Task<ActionOutcome>> call, CancellationToken cancellationToken)
    {
        ActionOutcome outcome;
        try
        {
            outcome = await Ec2Call.RunAsync(operation, resourceId, call, cancellationToken).ConfigureAwait(false);
            if (dryRun)
            {
                outcome = outcome with { Detail = $"EC2 ignored DryRun and applied the change: {outcome.Detail}" };
            }
        }
        catch (AdapterException error) when (Ec2ActionOutcomes.FromErrorCode(action, error.ErrorCode, operation) is { } expected)
        {
            outcome = expected;
        }

        if (!dryRun)
        {
            Invalidate(action);
        }

        return outcome;
    }

    // After a real edit (or learning the cached view was stale) the next observe must read EC2 again.
    private void Invalidate(RemediationAction action)
    {
        switch (action)
        {
            case RevokeIngressRule r:
                _cache?.InvalidateSecurityGroup(r.GroupId);
                break;
            case AuthorizeIngressRule a:
                _cache?.InvalidateSecurityGroup(a.GroupId);
                break;
            case EnableVpcAttribute v:
                _cache?.InvalidateVpc(v.VpcId);
                break;
        }
    }
}
