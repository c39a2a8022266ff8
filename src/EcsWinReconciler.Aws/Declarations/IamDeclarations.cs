namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// The IAM grants the AWS adapters need, per port method (<c>IPort.Method</c>): one declaration per adapter, kept in
/// this folder beside the code's own names and checked by tests against every call the adapters put on the wire.
/// A function's policy is <see cref="For(IEnumerable{string})"/> of the port methods it calls (FunctionDeclarations).
/// Declarations for the checks (template.yaml's policies, DEPLOY.md's IAM table), not read at run time; they live in
/// this assembly because they name the adapters' members with <c>nameof</c>, so a rename fails the build.
/// </summary>
/// <remarks>
/// When two adapters implement one port (EC2 and ECS behind <c>INetworkActuator</c>), the port method needs both.
/// The same action on the same resource needed at different times is needed at the earliest:
/// <see cref="NeededWhen.Always"/> before <see cref="NeededWhen.TryingChanges"/> before <see cref="NeededWhen.Changing"/>.
/// </remarks>
public static class IamDeclarations
{
    public static IReadOnlyList<AdapterIamDeclaration> Adapters { get; } =
    [
        DynamoSpecStorePermissions.Declared,
        EcsTaskSourcePermissions.Declared,
        Ec2NetworkObserverPermissions.Declared,
        Ec2ActuatorPermissions.Declared,
        EcsActuatorPermissions.Declared,
        DynamoStatusStorePermissions.Declared,
        DynamoAlertStorePermissions.Declared,
        SnsAlertSinkPermissions.Declared,
        DynamoActionLedgerPermissions.Declared,
        DynamoRemediationBudgetPermissions.Declared,
        DynamoResyncCursorPermissions.Declared,
        ResolverObserverPermissions.Declared,
        SqsRecheckQueuePermissions.Declared,
    ];

    /// <summary>Creating the tables (<c>DynamoTableSetup</c>): not a port, and not granted to any function.</summary>
    public static IReadOnlyList<IamGrant> TableSetup => TableSetupPermissions.Declared;

    /// <summary>What a hub's function needs to reach a member: assuming its role (<c>MemberCredentialsProvider</c>). Not a port.</summary>
    public static IReadOnlyList<IamGrant> MemberAssumption => MemberRolePermissions.Assumption;

    /// <summary>
    /// The part of <paramref name="grants"/> a member's role must hold: the calls made on a member's resources with its
    /// role (EC2, ECS, Route 53 Resolver), not the hub's own stores, topic and key.
    /// </summary>
    public static IReadOnlyList<IamGrant> InMember(IEnumerable<IamGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return [.. grants.Where(g => MemberRolePermissions.MemberServices.Contains(g.Service))];
    }

    /// <summary>Every port method some adapter declares, as <c>IPort.Method</c>.</summary>
    public static IReadOnlySet<string> PortMethods { get; } = Adapters.SelectMany(a => a.PortMethods).ToHashSet(StringComparer.Ordinal);

    /// <summary>What one port method needs; throws for a name no adapter declares (a typo must not read as "needs nothing").</summary>
    public static IReadOnlyList<IamGrant> For(string portMethod)
    {
        ArgumentNullException.ThrowIfNull(portMethod);
        var dot = portMethod.IndexOf('.', StringComparison.Ordinal);
        var (port, method) = dot > 0 ? (portMethod[..dot], portMethod[(dot + 1)..]) : (portMethod, string.Empty);
        var adapters = Adapters.Where(a => a.Port == port && a.Methods.ContainsKey(method)).ToList();
        return adapters.Count > 0
            ? Merge(adapters.SelectMany(a => a.For(method)))
            : throw new KeyNotFoundException($"no adapter declares the IAM actions of {portMethod}");
    }

    /// <summary>What calling all of <paramref name="portMethods"/> needs: one grant per action, resource and Via.</summary>
    public static IReadOnlyList<IamGrant> For(IEnumerable<string> portMethods)
    {
        ArgumentNullException.ThrowIfNull(portMethods);
        return Merge(portMethods.SelectMany(For));
    }

    private static List<IamGrant> Merge(IEnumerable<IamGrant> grants) =>
    [
        .. grants.GroupBy(g => (g.Action, g.Resource, g.Via))
            .Select(g => g.MinBy(x => x.When)!)
            .OrderBy(g => g.Action, StringComparer.Ordinal)
            .ThenBy(g => g.Resource.Name, StringComparer.Ordinal),
    ];
}
