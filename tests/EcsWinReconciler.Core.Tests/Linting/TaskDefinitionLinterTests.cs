using System.Text.Json.Nodes;
using EcsWinReconciler.Core.Linting;

namespace EcsWinReconciler.Core.Tests.Linting;

public class TaskDefinitionLinterTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Linting", "Fixtures", "iis-webserver.seed.json"));

    private static IReadOnlyList<LintFinding> LintSeedWith(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Seed)!.AsObject();
        change(node);
        return TaskDefinitionLinter.Lint(node.ToJsonString());
    }

    private static JsonObject Container(JsonObject td) => td["containerDefinitions"]![0]!.AsObject();

    [Fact]
    public void Lint_TheSeedsTaskDefinition_FlagsPlatformVersionAndTheImageWithoutIis()
    {
        var findings = TaskDefinitionLinter.Lint(Seed);

        var platformVersion = Assert.Single(findings, f => f.RuleId == "EWR-TD001");
        Assert.Equal((LintSeverity.Error, "platformVersion"), (platformVersion.Severity, platformVersion.Path));
        var image = Assert.Single(findings, f => f.RuleId == "EWR-TD020");
        Assert.Equal("containerDefinitions[0].image", image.Path);
        Assert.Contains("servercore/iis", image.Fix, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.RuleId == "EWR-TD002");
        Assert.Contains(findings, f => f.RuleId == "EWR-TD005");
        Assert.Equal(LintSeverity.Error, findings[0].Severity);
    }

    [Fact]
    public void Lint_TheSeedFixed_HasNoErrorsOrWarnings()
    {
        var findings = LintSeedWith(td =>
        {
            td.Remove("platformVersion");
            td["runtimePlatform"] = new JsonObject { ["operatingSystemFamily"] = "WINDOWS_SERVER_2022_CORE", ["cpuArchitecture"] = "X86_64" };
            Container(td)["image"] = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022";
            Container(td)["user"] = "ContainerUser";
        });

        Assert.All(findings, f => Assert.Equal(LintSeverity.Note, f.Severity));
    }

    [Fact]
    public void Lint_CredentialSpecs_WarnsThatTheSpecMustDeclareTheDomainControllers()
    {
        var findings = LintSeedWith(td => Container(td)["credentialSpecs"] = new JsonArray("credentialspecdomainless:arn:aws:ssm:us-east-1:111122223333:parameter/gmsa"));

        var finding = Assert.Single(findings, f => f.RuleId == "EWR-TD017");
        Assert.Equal((LintSeverity.Warning, "containerDefinitions[0].credentialSpecs"), (finding.Severity, finding.Path));
        Assert.Contains("activeDirectory", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CredentialSpecInDockerSecurityOptions_AlsoWarnsAtThatEntry()
    {
        var findings = LintSeedWith(td => Container(td)["dockerSecurityOptions"] = new JsonArray("no-new-privileges", "credentialspec:file://gmsa.json"));

        Assert.Equal("containerDefinitions[0].dockerSecurityOptions[1]", Assert.Single(findings, f => f.RuleId == "EWR-TD017").Path);
    }

    [Fact]
    public void Lint_NoGmsa_NoDomainControllerWarning() =>
        Assert.DoesNotContain(LintSeedWith(td => Container(td)["dockerSecurityOptions"] = new JsonArray("no-new-privileges")), f => f.RuleId == "EWR-TD017");

    [Fact]
    public void Lint_HostPortDiffersInAwsvpc_IsAnError()
    {
        var findings = LintSeedWith(td => Container(td)["portMappings"]![0]!["hostPort"] = 8080);

        var finding = Assert.Single(findings, f => f.RuleId == "EWR-TD012");
        Assert.Equal("containerDefinitions[0].portMappings[0].hostPort", finding.Path);
    }

    [Theory]
    [InlineData("dnsServers")]
    [InlineData("dnsSearchDomains")]
    [InlineData("extraHosts")]
    public void Lint_ContainerDnsSettings_AreErrors(string field)
    {
        var findings = LintSeedWith(td => Container(td)[field] = new JsonArray("10.0.0.10"));

        Assert.Equal($"containerDefinitions[0].{field}", Assert.Single(findings, f => f.RuleId == "EWR-TD013").Path);
    }

    [Fact]
    public void Lint_Hostname_IsAnErrorInAwsvpc() =>
        Assert.Single(LintSeedWith(td => Container(td)["hostname"] = "web01"), f => f.RuleId == "EWR-TD014");

    [Theory]
    [InlineData("bridge", "EWR-TD010")]
    [InlineData("host", "EWR-TD010")]
    [InlineData("default", "EWR-TD011")]
    public void Lint_NetworkModesOnWindows(string mode, string rule) =>
        Assert.Single(LintSeedWith(td => td["networkMode"] = mode), f => f.RuleId == rule);

    [Theory]
    [InlineData(53)]
    [InlineData(139)]
    public void Lint_ReservedWindowsPorts_Warn(int port)
    {
        var findings = LintSeedWith(td =>
        {
            Container(td)["portMappings"]![0]!["containerPort"] = port;
            Container(td)["portMappings"]![0]!.AsObject().Remove("hostPort");
        });

        Assert.Equal(LintSeverity.Warning, Assert.Single(findings, f => f.RuleId == "EWR-TD015").Severity);
    }

    [Fact]
    public void Lint_LinuxRuntimePlatformWithWindowsImage_IsAnError() =>
        Assert.Single(LintSeedWith(td => td["runtimePlatform"] = new JsonObject { ["operatingSystemFamily"] = "LINUX" }), f => f.RuleId == "EWR-TD003");

    [Fact]
    public void Lint_ImageReleaseDiffersFromPlatform_IsAnError()
    {
        var findings = LintSeedWith(td => td["runtimePlatform"] = new JsonObject { ["operatingSystemFamily"] = "WINDOWS_SERVER_2019_CORE" });

        Assert.Contains("Windows Server 2022", Assert.Single(findings, f => f.RuleId == "EWR-TD004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PrivilegedAndLinuxParametersOnWindows_AreErrors()
    {
        var findings = LintSeedWith(td =>
        {
            Container(td)["privileged"] = true;
            Container(td)["linuxParameters"] = new JsonObject();
        });

        Assert.Contains(findings, f => f.RuleId == "EWR-TD021");
        Assert.Contains(findings, f => f.RuleId == "EWR-TD022");
    }

    [Fact]
    public void Lint_DescribeTaskDefinitionOutput_IsAcceptedToo() =>
        Assert.Contains(TaskDefinitionLinter.Lint($"{{\"taskDefinition\": {Seed}}}"), f => f.RuleId == "EWR-TD001");

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"family\": \"x\"}")]
    public void Lint_NotATaskDefinition_IsOneClearError(string text)
    {
        var finding = Assert.Single(TaskDefinitionLinter.Lint(text));

        Assert.Equal(("EWR-TD000", LintSeverity.Error), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Lint_LinuxTaskDefinition_GetsNoWindowsFindings()
    {
        var findings = TaskDefinitionLinter.Lint("""{"family":"api","networkMode":"bridge","containerDefinitions":[{"name":"api","image":"nginx:1.27","memory":256,"portMappings":[{"containerPort":80,"hostPort":8080}]}]}""");

        Assert.Empty(findings);
    }

    [Fact]
    public void Rules_HaveUniqueIds() =>
        Assert.Equal(TaskDefinitionLinter.Rules.Count, TaskDefinitionLinter.Rules.Select(r => r.Id).Distinct().Count());
}
