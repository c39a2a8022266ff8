using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.StsXml;

namespace EcsWinReconciler.Sandbox.Sts;

/// <summary>
/// The STS operations the sandbox answers (Query protocol, 2011-06-15): AssumeRole of a member role, and
/// GetCallerIdentity, which tells the account of the credentials that signed the call.
/// </summary>
internal static partial class StsApi
{
    public const string Version = "2011-06-15";

    public static readonly IReadOnlyCollection<string> OperationNames = ["AssumeRole", "GetCallerIdentity"];

    /// <summary>The most a role's session may last unless the role raises it (IAM's default MaxSessionDuration).</summary>
    private const int RoleMaxSessionSeconds = 3600;

    public static ApiResponse Handle(string operation, QueryParameters parameters, SandboxAccounts accounts, string? callerAccessKey, string requestId)
    {
        var result = operation switch
        {
            "AssumeRole" => AssumeRole(parameters, accounts, callerAccessKey ?? string.Empty),
            "GetCallerIdentity" => CallerIdentity(accounts, callerAccessKey),
            _ => throw new ApiException("InvalidAction", $"Could not find operation {operation} for version {Version}"),
        };
        return ApiResponse.Text(200, ApiResponse.Xml, Ec2Xml.Document(Response(operation, requestId, result)));
    }

    private static XElement[] AssumeRole(QueryParameters parameters, SandboxAccounts accounts, string callerAccessKey)
    {
        var roleArn = Checked(parameters, "RoleArn", "roleArn", 20, 2048, null);
        var sessionName = Checked(parameters, "RoleSessionName", "roleSessionName", 2, 64, SessionNamePattern());
        var externalId = parameters["ExternalId"] is null ? null : Checked(parameters, "ExternalId", "externalId", 2, 1224, ExternalIdPattern());
        var duration = Duration(parameters["DurationSeconds"]);

        var session = accounts.TryAssume(callerAccessKey, roleArn, sessionName, externalId, duration)
                      ?? throw new ApiException("AccessDenied", $"User: {accounts.CallerArn(callerAccessKey)} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", 403);
        return
        [
            E("AssumedRoleUser", E("AssumedRoleId", session.AssumedRoleId), E("Arn", session.AssumedRoleArn)),
            E("Credentials",
                E("AccessKeyId", session.AccessKeyId),
                E("SecretAccessKey", session.SecretAccessKey),
                E("SessionToken", session.SessionToken),
                E("Expiration", Timestamps.IsoSeconds(session.Expiration))),
        ];
    }

    private static XElement[] CallerIdentity(SandboxAccounts accounts, string? callerAccessKey)
    {
        var session = accounts.SessionOf(callerAccessKey);
        return
        [
            E("Arn", accounts.CallerArn(callerAccessKey)),
            E("UserId", session?.AssumedRoleId ?? "AIDASANDBOXUSER00000"),
            E("Account", accounts.AccountOf(callerAccessKey)),
        ];
    }

    private static TimeSpan Duration(string? text)
    {
        if (text is null)
        {
            return TimeSpan.FromSeconds(RoleMaxSessionSeconds);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 900 or > 43200)
        {
            throw Validation($"Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must have value {(seconds < 900 ? "greater than or equal to 900" : "less than or equal to 43200")}");
        }

        return seconds <= RoleMaxSessionSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new ApiException("ValidationError", $"The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }

    private static string Checked(QueryParameters parameters, string name, string member, int min, int max, Regex? pattern)
    {
        var value = parameters[name] ?? throw Validation($"Value null at '{member}' failed to satisfy constraint: Member must not be null");
        if (value.Length < min || value.Length > max)
        {
            throw Validation($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have length {(value.Length < min ? $"greater than or equal to {min}" : $"less than or equal to {max}")}");
        }

        return pattern is null || pattern.IsMatch(value)
            ? value
            : throw Validation($"Value '{value}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern}");
    }

    private static ApiException Validation(string detail) => new("ValidationError", "1 validation error detected: " + detail);

    [GeneratedRegex(@"^[\w+=,.@-]*$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^[\w+=,.@:\/-]*$")]
    private static partial Regex ExternalIdPattern();
}
