using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Lambda.Tests.Template.Scope;

/// <summary>
/// Decides, as IAM does for identity policies without Deny, whether any Allow statement granted under the deployment's
/// conditions matches a request: the action exactly (the template has no wildcard actions), a Resource pattern
/// (<c>*</c> and <c>?</c> globs), and every condition operator, each key matching any of its values. A key missing from
/// the request fails its test, as in IAM. Operators the template does not use are refused rather than guessed.
/// </summary>
internal static class IdentityPolicyEvaluator
{
    public static bool Allows(IEnumerable<PolicyStatement> statements, StackParameters stack, WriteRequest request) =>
        statements.Any(s => s.Effect == "Allow" && stack.HoldsAll(s.Guards) && s.Actions.Contains(request.Action)
            && stack.Resolve(s.Statement["Resource"]).Any(r => Glob(r, request.ResourceArn))
            && ConditionsHold(s.Statement["Condition"], stack, request));

    private static bool ConditionsHold(JsonNode? condition, StackParameters stack, WriteRequest request) =>
        condition is not JsonObject operators || operators.All(op => op.Value!.AsObject().All(test =>
            request.Context.TryGetValue(test.Key, out var actual) && stack.Resolve(test.Value).Any(expected => op.Key switch
            {
                "StringEquals" => string.Equals(expected, actual, StringComparison.Ordinal),
                "ArnEquals" or "ArnLike" => Glob(expected, actual),
                _ => throw new NotSupportedException($"condition operator {op.Key} is not modelled"),
            })));

    private static bool Glob(string pattern, string value) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
