using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.Aws.Tests.Declarations;

/// <summary>
/// Every AWS operation the Aws source can call is declared, and every declared action is one the source calls: a new
/// SDK call without its declaration (hence without its IAM grant) fails here before it fails in AWS with AccessDenied.
/// </summary>
public sealed class SourceCallsTests
{
    /// <summary>Table creation (tests, demo, ewr setup): declared in <see cref="IamDeclarations.TableSetup"/>, never granted to a function.</summary>
    private static readonly string[] TableSetupFiles = ["DynamoDb/DynamoTableSetup.cs", "DynamoDb/SpecsTable.cs", "DynamoDb/StateTable.cs", "DynamoDb/TableDeclaration.cs"];

    [Fact]
    public void Operations_OutsideTableSetup_AreExactlyThePortDeclarations()
    {
        var found = SourceCalls.Find().Where(c => !TableSetupFiles.Contains(c.Path)).ToList();
        var declared = IamDeclarations.Adapters.SelectMany(a => a.Methods.Values.SelectMany(g => g)).Where(g => g.Via is null)
            .Select(g => g.Action).ToHashSet(StringComparer.Ordinal);

        Assert.All(found, c => Assert.True(declared.Contains(c.Action), $"{c.Path} calls {c.Action}, which no adapter declares (src/EcsWinReconciler.Aws/Declarations)"));
        Assert.Equal(declared.Order(StringComparer.Ordinal), found.Select(c => c.Action).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Operations_InTableSetup_AreExactlyItsDeclaration()
    {
        var found = SourceCalls.Find().Where(c => TableSetupFiles.Contains(c.Path)).Select(c => c.Action).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(IamDeclarations.TableSetup.Select(g => g.Action).Distinct().Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void ServiceCalls_WithoutALiteralOperation_AreOnlyTheJsonClientsOwn()
    {
        // ServiceClient.CallJsonAsync (the JSON 1.1 envelope ECS and Route 53 Resolver share) builds the call from its operation
        // parameter; every caller (EcsApiClient, ResolverApiClient, through their CallAsync) passes a literal, which the scan reads.
        Assert.Equal(["Configuration/Transport/ServiceClient.cs: new ServiceCall(operation"], SourceCalls.IndirectServiceCalls());
    }

    [Theory]
    [InlineData("Ec2/X.cs", "var r = new DescribeVpcsRequest { VpcIds = [id] };", "ec2:DescribeVpcs")]
    [InlineData("DynamoDb/X.cs", "private QueryRequest Query() => new() { TableName = t };", "dynamodb:Query")]
    [InlineData("DynamoDb/X.cs", "await client.BatchGetItemAsync(items, ct);", "dynamodb:BatchGetItem")]
    [InlineData("Ec2/X.cs", "await ec2.DescribeSubnetsAsync(ct);", "ec2:DescribeSubnets")]
    [InlineData("Ecs/X.cs", "await CallAsync(\"RunTask\", request, a, b, c, ct);", "ecs:RunTask")]
    [InlineData("Ecs/Wire/X.cs", "internal sealed record DeleteServiceRequest(string Cluster);", "ecs:DeleteService")]
    [InlineData("Sns/X.cs", "public sealed record SnsPublishRequest(string TopicArn, string Message)", "sns:Publish")]
    [InlineData("Sns/X.cs", "var call = new ServiceCall(\"Subscribe\", type, body);", "sns:Subscribe")]
    public void InFile_EachWayOfNamingAnOperation_IsFound(string path, string line, string action)
    {
        Assert.Equal([action], SourceCalls.InFile(path, line));
    }

    [Theory]
    [InlineData("Ecs/X.cs", "var filter = new EcsTaskFilter(cluster);")]
    [InlineData("Configuration/X.cs", "AmazonWebServiceRequest request = call;")]
    [InlineData("Ec2/X.cs", "await _cache.VpcDns.GetAsync(id, load, ct);")]
    [InlineData("Ec2/X.cs", "Ec2Call.RunAsync(\"DescribeVpcs\", id, call, ct)")]
    public void InFile_NoOperation_FindsNothing(string path, string line)
    {
        Assert.Empty(SourceCalls.InFile(path, line));
    }
}
