using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Functions;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Lambda.Tests.Functions;

/// <summary>Which place's reconciler an event goes to (issue 15): the hub's own, a selected member's, or none, saying why.</summary>
public sealed class PlaceReconcilersTests
{
    private static readonly AccountRegion Home = new("111122223333", "us-east-1");
    private static readonly AccountRegion Member = new("444455556666", "eu-west-1");

    [Fact]
    public async Task Route_WithoutPlaces_EverythingGoesHome()
    {
        var home = new ReconcilerHarness();
        var places = new PlaceReconcilers(home.Reconciler, null, _ => throw new InvalidOperationException("no member expected"));

        var (reconciler, member, ignored) = await places.RouteAsync(Member, CancellationToken.None);

        Assert.Same(home.Reconciler, reconciler);
        Assert.Null(member);
        Assert.Null(ignored);
    }

    [Fact]
    public async Task Route_HomeSelectedMemberAndUnselectedPlace()
    {
        var home = new ReconcilerHarness();
        var memberPorts = new ReconcilerHarness().Ports;
        var built = new List<ReconcilerPorts>();
        var places = new PlaceReconcilers(home.Reconciler, new FakePlaces(Home, [Home, Member], memberPorts), ports =>
        {
            built.Add(ports);
            return new Reconciler(ports, ReconcilerOptions.Default, TimeProvider.System, NullLogger<Reconciler>.Instance);
        });

        var toHome = await places.RouteAsync(Home, CancellationToken.None);
        var toMember = await places.RouteAsync(Member, CancellationToken.None);
        var again = await places.RouteAsync(Member, CancellationToken.None);
        var elsewhere = await places.RouteAsync(new AccountRegion("123412341234", "eu-west-1"), CancellationToken.None);

        Assert.Same(home.Reconciler, toHome.Reconciler);
        Assert.Equal(Member, toMember.Member);
        Assert.Same(toMember.Reconciler, again.Reconciler);
        Assert.Same(memberPorts, Assert.Single(built));
        Assert.Null(elsewhere.Reconciler);
        Assert.Equal("no spec selects tasks in account 123412341234, region eu-west-1", elsewhere.Ignored);
    }

    [Fact]
    public async Task Route_HubNotKnowingItsAccount_TakesAnUnselectedPlaceInItsRegionForItsOwn_ButNotAnotherRegion()
    {
        var home = new ReconcilerHarness();
        var places = new PlaceReconcilers(home.Reconciler, new FakePlaces(new AccountRegion(string.Empty, "us-east-1"), [], home.Ports), _ => throw new InvalidOperationException());

        var sameRegion = await places.RouteAsync(new AccountRegion("111122223333", "us-east-1"), CancellationToken.None);
        var otherRegion = await places.RouteAsync(new AccountRegion("111122223333", "us-west-2"), CancellationToken.None);

        Assert.Same(home.Reconciler, sameRegion.Reconciler);
        Assert.Null(otherRegion.Reconciler);
    }

    [Fact]
    public async Task Route_AMemberWithoutARoleConfigured_IsIgnoredSayingWhich()
    {
        var home = new ReconcilerHarness();
        var places = new PlaceReconcilers(home.Reconciler, new FakePlaces(Home, [Home, Member], null), _ => throw new InvalidOperationException("unused"));

        var (reconciler, _, ignored) = await places.RouteAsync(Member, CancellationToken.None);

        Assert.Null(reconciler);
        Assert.StartsWith("account 444455556666, region eu-west-1: a call for member", ignored, StringComparison.Ordinal);
    }

    /// <summary>Places as a hub's backend gives them; a null <c>member</c> plays a hub with no member role configured.</summary>
    private sealed class FakePlaces(AccountRegion home, IReadOnlyList<AccountRegion> places, ReconcilerPorts? member) : IPlaces
    {
        public AccountRegion Home => home;

        public Task<IReadOnlyList<AccountRegion>> PlacesAsync(CancellationToken cancellationToken) => Task.FromResult(places);

        public PlacePorts PortsFor(AccountRegion place) => member is null
            ? throw new InvalidOperationException($"a call for member {place} needs the member role's name and external id; none is configured")
            : new PlacePorts(member, new RecordingCacheInvalidation());
    }
}
