namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>apiVersion, kind, metadata and selector rules: each failing input gives one error at its path.</summary>
public class SpecReaderMetadataRuleTests
{
    private static string Replace(string from, string to) => SpecSamples.Minimal.Replace(from, to, StringComparison.Ordinal);

    [Theory]
    [InlineData("apiVersion: ecswin.reconciler/v1", "apiVersion: v1", "apiVersion", "\"v1\" is not supported; expected \"ecswin.reconciler/v1\"")]
    [InlineData("kind: TaskNetworkSpec", "kind: Deployment", "kind", "\"Deployment\" is not supported; expected \"TaskNetworkSpec\"")]
    [InlineData("apiVersion: ecswin.reconciler/v1\n", "", "", "missing required field \"apiVersion\"")]
    [InlineData("name: minimal", "name: Web_1", "metadata.name",
        "\"Web_1\" is not a valid name (lowercase letters, digits and '-', 1-63 characters, starting and ending with a letter or digit)")]
    [InlineData("name: minimal", "name: -web", "metadata.name",
        "\"-web\" is not a valid name (lowercase letters, digits and '-', 1-63 characters, starting and ending with a letter or digit)")]
    [InlineData("  name: minimal\n", "  labels: {}\n", "metadata", "missing required field \"name\"")]
    [InlineData("name: minimal", "name: minimal\n  labels: { 'bad key': x }", "metadata.labels[\"bad key\"]",
        "\"bad key\" is not a label name (letters, digits, '.', '_', '/' and '-', 1-63 characters)")]
    [InlineData("name: minimal", "name: minimal\n  labels: { team: [a] }", "metadata.labels.team", "expected a label value (up to 256 characters), got a list")]
    [InlineData("name: minimal", "name: minimal\n  labels: [team]", "metadata.labels", "expected a mapping of names to values, got a list")]
    [InlineData("cluster: win-prod", "cluster: arn:aws:ecs:eu-west-1:123456789012:cluster/win-prod", "spec.selector.cluster",
        "\"arn:aws:ecs:eu-west-1:123456789012:cluster/win-prod\" is an ARN; give the cluster name (\"win-prod\")")]
    [InlineData("cluster: win-prod", "cluster: win prod", "spec.selector.cluster",
        "\"win prod\" is not an ECS cluster name (letters, digits, '-' and '_', up to 255 characters)")]
    [InlineData("family: \"*\"", "family: web.app", "spec.selector.family",
        "\"web.app\" is not a task definition family (letters, digits, '-' and '_', up to 255 characters) or \"*\" for every family of the cluster")]
    [InlineData("\n    family: \"*\"", "", "spec.selector", "missing required field \"family\"")]
    [InlineData("  selector:", "  platform: windows\n  selector:", "", "")]
    public void Read_BadMetadataOrSelector_ReportsAtThePath(string from, string to, string path, string message)
    {
        if (message.Length == 0)
        {
            // Control row: the replacement is valid, proving the others fail for their own reason.
            SpecRead.Valid(Replace(from, to));
            return;
        }

        var error = SpecRead.SingleError(Replace(from, to));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_NameLongerThan63_IsRejected()
    {
        var error = SpecRead.SingleError(Replace("name: minimal", "name: " + new string('a', 64)));

        Assert.Equal("metadata.name", error.Path);
        Assert.StartsWith("\"aaaa", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("platform: linux", "spec.platform", "\"linux\" is not \"windows\"")]
    [InlineData("suspend: 1", "spec.suspend", "expected true or false, got the number 1")]
    public void Read_BadPlatformOrSuspend_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_Suspended_IsKept() => Assert.True(SpecRead.ValidBody("suspend: true").Suspend);
}
