using EcsWinReconciler.Cli.Backend;

namespace EcsWinReconciler.Cli.Tests.Backend;

public sealed class CredentialDiagnosisTests
{
    private static readonly string Nowhere = Path.Combine(Path.GetTempPath(), "ewr-no-aws-config-here");

    [Fact]
    public void Explain_ProfileNotInTheFiles_NamesTheProfileAndTheFiles()
    {
        var error = CredentialDiagnosis.Explain("nosuch", Environment(new() { ["AWS_CONFIG_FILE"] = Nowhere, ["AWS_SHARED_CREDENTIALS_FILE"] = Nowhere }));

        Assert.Equal($"AWS profile 'nosuch' (from --profile) is not in {Nowhere} or {Nowhere}", error.Message);
        Assert.Contains("aws configure list-profiles", error.Hint);
    }

    [Fact]
    public void Explain_HalfTheKeys_NamesTheMissingOne()
    {
        var error = CredentialDiagnosis.Explain(null, Environment(new() { ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE" }));

        Assert.Equal("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not", error.Message);
    }

    [Fact]
    public void Explain_Nothing_ListsWhatWasLookedFor()
    {
        var error = CredentialDiagnosis.Explain(null, Environment(new() { ["AWS_SHARED_CREDENTIALS_FILE"] = "/home/me/.aws/credentials" }));

        Assert.Equal("no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, no profile is named (--profile or AWS_PROFILE), and /home/me/.aws/credentials has no [default] profile", error.Message);
        Assert.DoesNotContain("following errors", error.Message + error.Hint, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
