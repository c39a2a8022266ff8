using Amazon.Runtime.CredentialManagement;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// When the SDK found no credentials, says which of the places it looks in is missing what: the profile named (not
/// in the config files), the environment keys (half set), or everything (no keys, no profile, no default profile).
/// The SDK's own message lists providers and ends in a dangling "returned the following errors:".
/// </summary>
internal static class CredentialDiagnosis
{
    public static CliException Explain(string? profileOption, Func<string, string?> environment)
    {
        var home = environment("HOME") ?? "~";
        var config = environment("AWS_CONFIG_FILE") ?? Path.Combine(home, ".aws", "config");
        var credentials = environment("AWS_SHARED_CREDENTIALS_FILE") ?? Path.Combine(home, ".aws", "credentials");
        var profile = profileOption ?? environment("AWS_PROFILE");
        var source = profileOption is not null ? "--profile" : "AWS_PROFILE";
        if (profile is not null && !ProfileExists(profile))
        {
            return new CliException(
                $"AWS profile '{profile}' (from {source}) is not in {config} or {credentials}",
                $"'aws configure list-profiles' lists the profiles there; 'aws configure --profile {profile}' creates it (or 'aws configure sso --profile {profile}')",
                ExitCodes.Aws);
        }

        if (profile is not null)
        {
            return new CliException(
                $"AWS profile '{profile}' (from {source}) gave no credentials",
                $"for an SSO profile run 'aws sso login --profile {profile}'; otherwise give it aws_access_key_id and aws_secret_access_key ('aws configure --profile {profile}')",
                ExitCodes.Aws);
        }

        var keyId = !string.IsNullOrEmpty(environment("AWS_ACCESS_KEY_ID"));
        var secret = !string.IsNullOrEmpty(environment("AWS_SECRET_ACCESS_KEY"));
        if (keyId != secret)
        {
            var missing = keyId ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID";
            return new CliException($"{(keyId ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY")} is set but {missing} is not", $"set {missing} too, or unset both and use --profile NAME", ExitCodes.Aws);
        }

        return new CliException(
            $"no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, no profile is named (--profile or AWS_PROFILE), and {credentials} has no [default] profile",
            AwsErrorHints.Credentials,
            ExitCodes.Aws);
    }

    /// <summary>The profile named (--profile, else AWS_PROFILE) when it is in neither config file; checked before any call.</summary>
    public static CliException? MissingProfile(string? profileOption, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var profile = profileOption ?? environment("AWS_PROFILE");
        return profile is not null && !ProfileExists(profile) ? Explain(profileOption, environment) : null;
    }

    private static bool ProfileExists(string name) => new CredentialProfileStoreChain().TryGetProfile(name, out _);
}
