using System.Text.RegularExpressions;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Tests.Declarations;

/// <summary>
/// The declarations are complete and well formed: every port implementation in the Aws assembly declares every method
/// of its port (no more), actions look like IAM actions, and each Via names a call on our wire. Whether the declared
/// actions are the ones really sent is the EndToEnd project's PermissionWireTests.
/// </summary>
public sealed partial class IamDeclarationsTests
{
    /// <summary>Port implementations that make no AWS call of their own, with why.</summary>
    private static readonly IReadOnlyDictionary<string, string> Delegating = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(AwsNetworkActuator)] = "routes each action to Ec2Actuator or EcsActuator, which declare their calls",
        ["MissingTopicAlertSink"] = "no topic configured: throws before any call",
    };

    private static readonly Type[] Ports =
    [
        typeof(ISpecStore), typeof(ITaskSource), typeof(INetworkObserver), typeof(INetworkActuator), typeof(IStatusStore),
        typeof(IAlertStore), typeof(IAlertSink), typeof(IActionLedger), typeof(IRemediationBudget), typeof(IResyncCursor), typeof(IResolverObserver), typeof(IRecheckQueue),
    ];

    public static TheoryData<string> AdapterNames => [.. IamDeclarations.Adapters.Select(a => a.Adapter)];

    [Theory]
    [MemberData(nameof(AdapterNames))]
    public void Adapter_DeclaresExactlyTheMethodsOfItsPort(string adapter)
    {
        var declared = IamDeclarations.Adapters.Single(a => a.Adapter == adapter);
        var type = AdapterType(adapter);
        var port = Assert.Single(Ports, p => p.Name == declared.Port);

        Assert.Contains(port, type.GetInterfaces());
        Assert.Equal(port.GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal), declared.Methods.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PortImplementations_InTheAwsAssembly_AreEachDeclaredOrKnownToDelegate()
    {
        var implementations = typeof(IamDeclarations).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(Ports.Contains))
            .Select(t => t.Name)
            .ToList();
        var declared = IamDeclarations.Adapters.Select(a => a.Adapter).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(implementations);
        Assert.DoesNotContain(implementations, t => !declared.Contains(t) && !Delegating.ContainsKey(t));
        Assert.All(Delegating.Keys, d => Assert.Contains(d, implementations));
    }

    [Fact]
    public void EveryPort_HasADeclaringAdapter()
    {
        var expected = Ports.SelectMany(p => p.GetMethods().Select(m => $"{p.Name}.{m.Name}")).Order(StringComparer.Ordinal);

        Assert.Equal(expected, IamDeclarations.PortMethods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Grants_AreSpecificIamActions()
    {
        var grants = IamDeclarations.Adapters.SelectMany(a => a.Methods.Values.SelectMany(g => g)).Concat(IamDeclarations.TableSetup).ToList();

        Assert.All(grants, g => Assert.Matches(IamAction(), g.Action));
        // ListResolverRuleAssociations, like EC2's Describe calls, names no resource type in the Service Authorization Reference.
        Assert.All(grants.Where(g => g.Resource == IamResource.Any), g => Assert.True(g.Service is "ec2" or "ecs" || g.Action == "route53resolver:ListResolverRuleAssociations", $"{g} is on * but {g.Service} has resource-level permissions"));
        Assert.All(grants.Where(g => g.Service == "dynamodb"), g => Assert.StartsWith("dynamodb:table/", g.Resource.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Via_NamesACallOnTheWireOfTheSameMethod()
    {
        foreach (var adapter in IamDeclarations.Adapters)
        {
            foreach (var (method, grants) in adapter.Methods)
            {
                var wire = grants.Where(g => g.Via is null).Select(g => g.Action).ToHashSet(StringComparer.Ordinal);
                Assert.All(grants.Where(g => g.Via is not null), g => Assert.True(wire.Contains(g.Via!), $"{adapter.Adapter}.{method}: {g} but {g.Via} is not declared there"));
            }
        }
    }

    [Fact]
    public void For_ActuatorExecute_IsBothAdaptersAndKeepsWhenEachIsNeeded()
    {
        var grants = IamDeclarations.For("INetworkActuator.ExecuteAsync");

        Assert.Equal(
            [
                "ec2:AuthorizeSecurityGroupIngress on ec2:security-group (TryingChanges)",
                "ec2:ModifyVpcAttribute on ec2:vpc (Changing)",
                "ec2:RevokeSecurityGroupIngress on ec2:security-group (TryingChanges)",
                "ecs:StopTask on ecs:task (Changing)",
                "ecs:UpdateService on ecs:service (Changing)",
            ],
            grants.Select(g => g.ToString()));
    }

    [Fact]
    public void For_SameActionAndResourceFromTwoMethods_IsOneGrant()
    {
        var grants = IamDeclarations.For(["IStatusStore.GetAsync", "IStatusStore.PutAsync", "IAlertStore.ApplyAsync"]);

        Assert.Equal(["dynamodb:GetItem on dynamodb:table/State", "dynamodb:PutItem on dynamodb:table/State"], grants.Select(g => g.ToString()));
    }

    [Fact]
    public void For_AlertQueries_AreOnTheAlertsIndex()
    {
        var grant = Assert.Single(IamDeclarations.For("IAlertStore.ListPendingNotificationsAsync"));

        Assert.Equal("dynamodb:Query on dynamodb:table/State/index/alerts", grant.ToString());
    }

    [Theory]
    [InlineData("INetworkObserver.DescribeEniAsync")]
    [InlineData("INetworkObserver.Forget")]
    [InlineData("IUnknown.GetAsync")]
    [InlineData("INetworkObserver")]
    public void For_UnknownPortMethod_Throws(string portMethod)
    {
        Assert.Throws<KeyNotFoundException>(() => IamDeclarations.For(portMethod));
    }

    private static Type AdapterType(string name) => Assert.Single(typeof(IamDeclarations).Assembly.GetTypes(), t => t.Name == name && t.IsClass);

    [GeneratedRegex(@"^[a-z0-9-]+:[A-Z][A-Za-z]+\*?$")]
    private static partial Regex IamAction();
}
