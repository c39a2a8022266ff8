using System.Collections.Concurrent;
using System.Reflection;
using Amazon.DynamoDBv2;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>
/// Forwards every call to the real (dynalite) client and counts them by method name, so a test can prove a store made no
/// call at all. Not a mock: every answer comes from the server.
/// </summary>
public class CountingDynamoDb : DispatchProxy
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private IAmazonDynamoDB? _inner;

    public int Total => _calls.Values.Sum();

    public static (IAmazonDynamoDB Client, CountingDynamoDb Counter) Wrap(IAmazonDynamoDB inner)
    {
        var client = Create<IAmazonDynamoDB, CountingDynamoDb>();
        var counter = (CountingDynamoDb)(object)client;
        counter._inner = inner;
        return (client, counter);
    }

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
