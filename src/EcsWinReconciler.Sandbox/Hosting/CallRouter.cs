using System.Text;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.Resolver;
using EcsWinReconciler.Sandbox.Sqs;
using EcsWinReconciler.Sandbox.Sts;
using EcsWinReconciler.Sandbox.Wire;
using Microsoft.AspNetCore.WebUtilities;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>Routes a request on the one endpoint to ECS, Route 53 Resolver, SQS, EC2, SNS or STS (see <see cref="IncomingCall"/>).</summary>
internal static class CallRouter
{
    public static IncomingCall Route(string? target, string? contentType, string queryString, byte[] body, string? authorization)
    {
        var empty = new QueryParameters(new Dictionary<string, string>());
        if (!string.IsNullOrEmpty(target))
        {
            // The JSON services differ by their target prefix; anything else is ECS's to reject.
            if (target.StartsWith(SqsApi.TargetPrefix, StringComparison.Ordinal))
            {
                return new IncomingCall(AwsService.Sqs, target[SqsApi.TargetPrefix.Length..], empty, body, authorization);
            }

            if (target.StartsWith(ResolverApi.TargetPrefix, StringComparison.Ordinal))
            {
                return new IncomingCall(AwsService.Route53Resolver, target[ResolverApi.TargetPrefix.Length..], empty, body, authorization);
            }

            var operation = target.StartsWith(EcsApi.TargetPrefix, StringComparison.Ordinal) ? target[EcsApi.TargetPrefix.Length..] : target;
            return new IncomingCall(AwsService.Ecs, operation, empty, body, authorization);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Merge(values, queryString);
        if (contentType is null || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            Merge(values, Encoding.UTF8.GetString(body));
        }

        var query = new QueryParameters(values);
        var service = AwsServiceNames.Parse(SigV4Check.ScopeService(authorization)) ?? query["Version"] switch
        {
            "2010-03-31" => AwsService.Sns,
            StsApi.Version => AwsService.Sts,
            _ => AwsService.Ec2,
        };
        return new IncomingCall(service, query["Action"] ?? string.Empty, query, body, authorization);
    }

    private static void Merge(Dictionary<string, string> values, string encoded)
    {
        foreach (var (key, value) in QueryHelpers.ParseQuery(encoded))
        {
            values[key] = value.ToString();
        }
    }
}
