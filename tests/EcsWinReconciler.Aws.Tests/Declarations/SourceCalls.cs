using System.Text.RegularExpressions;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.SQS;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Declarations;

/// <summary>
/// The AWS operations the source of src/EcsWinReconciler.Aws can call, found by reading it: EC2, DynamoDB and SQS request
/// types (<c>XxxRequest</c> of the SDK model namespaces, however constructed, target-typed <c>new()</c> included) and
/// SDK client methods (<c>.XxxAsync(</c> of IAmazonEC2 / IAmazonDynamoDB / IAmazonSQS); ECS and SNS operation names passed to our
/// clients (<c>CallAsync("Op"</c>, <c>ServiceCall("Op"</c>, under Ecs/ and Sns/) and our wire request records.
/// </summary>
internal static partial class SourceCalls
{
    public static string SourceRoot => Path.Combine(RepositoryPaths.RepositoryRoot, "src", "EcsWinReconciler.Aws");

    /// <summary>Every source file (relative path, text), without bin/ and obj/.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files() =>
    [
        .. Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SourceRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(SourceRoot, f)))),
    ];

    /// <summary>(file, IAM action) for each operation a file names.</summary>
    public static IReadOnlyList<(string Path, string Action)> Find() =>
        [.. Files().SelectMany(f => InFile(f.Path, f.Text).Distinct().Select(a => (f.Path, a)))];

    /// <summary>Places that build a ServiceCall from something other than a literal operation name.</summary>
    public static IReadOnlyList<string> IndirectServiceCalls() =>
        [.. Files().SelectMany(f => IndirectServiceCall().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))];

    public static IEnumerable<string> InFile(string path, string text)
    {
        foreach (Match m in RequestType().Matches(text))
        {
            if (SdkAction(m.Groups["op"].Value, "Request", HasModelType) is { } action)
            {
                yield return action;
            }
        }

        foreach (Match m in ClientMethod().Matches(text))
        {
            if (SdkAction(m.Groups["op"].Value, "Async", HasClientMethod) is { } action)
            {
                yield return action;
            }
        }

        if (OwnClients.TryGetValue(path.Split('/')[0], out var service))
        {
            foreach (Match m in OperationLiteral().Matches(text).Concat(WireRequestRecord().Matches(text)))
            {
                yield return $"{service}:{m.Groups["op"].Value}";
            }
        }
    }

    /// <summary>The folders of our own narrow clients and the IAM service prefix of each.</summary>
    private static readonly IReadOnlyDictionary<string, string> OwnClients = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ecs"] = "ecs",
        ["Sns"] = "sns",
        ["Resolver"] = "route53resolver",
    };

    private static string? SdkAction(string operation, string suffix, Func<Type, string, string, bool> exists) =>
        exists(typeof(IAmazonEC2), operation, suffix) ? "ec2:" + operation
        : exists(typeof(IAmazonDynamoDB), operation, suffix) ? "dynamodb:" + operation
        : exists(typeof(IAmazonSQS), operation, suffix) ? "sqs:" + operation
        : null;

    private static bool HasModelType(Type client, string operation, string suffix) =>
        client.Assembly.GetType($"{client.Namespace}.Model.{operation}{suffix}") is not null;

    private static bool HasClientMethod(Type client, string operation, string suffix) =>
        client.GetMethods().Any(m => m.Name == operation + suffix);

    [GeneratedRegex(@"\b(?<op>[A-Z][A-Za-z0-9]+)Request\b")]
    private static partial Regex RequestType();

    [GeneratedRegex(@"\.(?<op>[A-Z][A-Za-z0-9]+)Async\(")]
    private static partial Regex ClientMethod();

    [GeneratedRegex(@"\b(?:CallAsync|ServiceCall)\(\s*""(?<op>[A-Z][A-Za-z0-9]+)""")]
    private static partial Regex OperationLiteral();

    // Our own wire records carry the operation's input shape name, some with the service as a prefix (SnsPublishRequest).
    [GeneratedRegex(@"\brecord\s+(?:Ecs|Sns)?(?<op>[A-Z][A-Za-z0-9]+)Request\(")]
    private static partial Regex WireRequestRecord();

    [GeneratedRegex(@"new\s+ServiceCall\(\s*(?!"")[^,]+")]
    private static partial Regex IndirectServiceCall();
}
