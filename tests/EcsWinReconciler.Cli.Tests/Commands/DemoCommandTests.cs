using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_Default_FindsDriftDryRunsRemediatesAndResolves()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "--no-color");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.Out;
        Assert.Contains("not Windows: LINUX", text, StringComparison.Ordinal);
        Assert.Contains("DRY-RUN      would revoke", text, StringComparison.Ordinal);
        Assert.Contains("DRY-RUN      would update service iis-webserver", text, StringComparison.Ordinal);
        Assert.Contains("APPLIED      revoke", text, StringComparison.Ordinal);
        Assert.Contains("APPLIED      update service iis-webserver", text, StringComparison.Ordinal);
        Assert.Contains("OPEN critical sg.forbidden-ingress sg-0123456789abcdef0", text, StringComparison.Ordinal);
        Assert.Contains("RESOLVED critical sg.forbidden-ingress", text, StringComparison.Ordinal);
        Assert.Contains("RESOLVED high dns.vpc-hostnames", text, StringComparison.Ordinal);
        Assert.Contains("Restart-Service AmazonECS", text, StringComparison.Ordinal);
        // dhcp-missing-ad-dns leaves two open: the DHCP servers, and (the sample spec declaring the domain controllers) no
        // Resolver rule forwarding the domain for AmazonProvidedDNS — either repair fixes name resolution.
        Assert.Contains("OPEN high dns.resolver-rule vpc-0c1d2e3f4a5b6c7d8", text, StringComparison.Ordinal);
        Assert.Contains("Totals: 5 alert(s) opened, 3 resolved, 2 open", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Issue11_ServiceDriftOfTwoTasks_OneAlertOpenedAndResolvedOnce()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "--no-color");

        var subjects = result.OutLines.Where(l => l.Contains("[EcsWinReconciler]", StringComparison.Ordinal)).ToList();
        Assert.Single(subjects, l => l.Contains("OPEN high sg.set iis-webserver win-prod/iis-webserver", StringComparison.Ordinal) && !l.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.Single(subjects, l => l.Contains("RESOLVED high sg.set iis-webserver", StringComparison.Ordinal));
        Assert.DoesNotContain(subjects, l => l.Contains("sg.set eni-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_SharedAlerts_AreNotResolvedAndReopenedByTheReplacement()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "--no-color");

        Assert.Equal(1, result.OutLines.Count(l => l.Contains("OPEN high dns.servers", StringComparison.Ordinal) && !l.Contains("RESOLVED", StringComparison.Ordinal) && l.Contains("[EcsWinReconciler]", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("eni.present", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_HealthyScenario_NothingToDo()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "--scenario", "healthy", "--no-color");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Plan: nothing to do.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Totals: 0 alert(s) opened, 0 resolved, 0 open; 0 dry-run action(s), 0 applied; 0 SNS message(s).", result.Out, StringComparison.Ordinal);
        Assert.Contains("compliant", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_UnknownScenario_IsAUsageErrorNamingTheChoices()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "--scenario", "rdp-open+nonsense");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown scenario", result.Error, StringComparison.Ordinal);
        Assert.Contains("dns-hostnames-off", result.Error, StringComparison.Ordinal);
    }
}
