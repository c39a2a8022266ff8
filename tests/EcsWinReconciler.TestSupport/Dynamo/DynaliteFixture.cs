using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using EcsWinReconciler.Aws.DynamoDb;
using Xunit;

namespace EcsWinReconciler.TestSupport.Dynamo;

/// <summary>
/// One dynalite server shared by a test collection, with a DynamoDB client pointed at it (fake credentials, loopback only),
/// and fresh tables for every test: <see cref="CreateTablesAsync"/> gives each call its own table-name prefix, so tests never
/// see each other's items and need no cleanup.
/// </summary>
/// <remarks>
/// Use it as a collection fixture (xunit wants the collection defined in the test assembly itself):
/// <code>
/// [CollectionDefinition(DynaliteFixture.Collection)]
/// public sealed class DynaliteCollection : ICollectionFixture&lt;DynaliteFixture&gt;;
///
/// [Collection(DynaliteFixture.Collection)]
/// public sealed class MyTests(DynaliteFixture dynamo)
/// {
///     [Fact]
///     public async Task Something()
///     {
///         var tables = await dynamo.CreateTablesAsync();
///         var store = new DynamoSpecStore(dynamo.Client, tables.Specs, ...);
///     }
/// }
/// </code>
/// </remarks>
public sealed class DynaliteFixture : IAsyncLifetime
{
    /// <summary>The collection name test assemblies define with <c>ICollectionFixture&lt;DynaliteFixture&gt;</c>.</summary>
    public const string Collection = "dynalite";

    private static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(5);
    private int _tables;
    private DynaliteServer? _server;
    private AmazonDynamoDBClient? _client;

    public DynaliteServer Server => _server ?? throw new InvalidOperationException("the fixture is not initialised");

    public IAmazonDynamoDB Client => _client ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        // Generous: the first run on a machine may download dynalite (npm ci); no test asserts on time.
        using var startup = new CancellationTokenSource(StartupLimit);
        _server = await DynaliteServer.StartAsync(startup.Token);
        _client = NewClient();
        await _client.ListTablesAsync(new Amazon.DynamoDBv2.Model.ListTablesRequest(), startup.Token);
    }

    /// <summary>A client of its own (fake credentials, region us-east-1, http on loopback).</summary>
    public AmazonDynamoDBClient NewClient() => new(
        new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        new AmazonDynamoDBConfig { ServiceURL = Server.ServiceUrl.ToString(), AuthenticationRegion = "us-east-1" });

    /// <summary>A client of its own to another endpoint in front of this server (a fault-injecting proxy), with the SDK's standard retries.</summary>
    public static AmazonDynamoDBClient NewClient(Uri serviceUrl, int maxAttempts = 4) => new(
        new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        new AmazonDynamoDBConfig { ServiceURL = serviceUrl.ToString(), AuthenticationRegion = "us-east-1", RetryMode = RequestRetryMode.Standard, MaxErrorRetry = maxAttempts - 1 });

    /// <summary>Creates a Specs and a State table under a prefix no other call gets (it names the calling test, for debugging).</summary>
    public async Task<DynamoTableNames> CreateTablesAsync([CallerMemberName] string test = "")
    {
        var names = DynamoTableNames.WithPrefix(NextPrefix(test));
        await DynamoTableSetup.CreateTablesAsync(Client, names, CancellationToken.None);
        return names;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private string NextPrefix(string test)
    {
        var safe = new string([.. test.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').Take(80)]);
        return $"t{Interlocked.Increment(ref _tables):D4}-{safe}-";
    }
}
