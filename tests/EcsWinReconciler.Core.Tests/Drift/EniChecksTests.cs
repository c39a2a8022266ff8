using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

public class EniChecksTests
{
    private static readonly EniSpec Spec = IisSpec.Create().Spec.Eni!;

    private static List<Finding> Check(TaskObservation observed, EniSpec? spec = null) => [.. EniChecks.Evaluate(spec ?? Spec, observed)];

    [Fact]
    public void Evaluate_Healthy_NoFindings() => Assert.Empty(Check(IisObservation.Healthy()));

    [Fact]
    public void Evaluate_NoEniAttachment_ReportsEniPresent()
    {
        var observed = IisObservation.Healthy() with { Task = IisObservation.Task() with { Attachments = [] }, Eni = null, EniLookup = EniLookup.NoAttachment };

        var finding = Assert.Single(Check(observed));

        Assert.Equal("eni.present/0a1b2c3d4e5f60718293a4b5c6d7e8f9", finding.Id);
        Assert.Equal("no ENI attachment", finding.Actual);
        Assert.IsType<AlertOnlyRemedy>(finding.Remedy);
    }

    [Fact]
    public void Evaluate_AttachmentWithoutInterfaceId_ReportsMissingDetailNotCrash()
    {
        var task = IisObservation.Task() with { Attachments = [IisObservation.Attachment(eniId: null)] };
        var observed = IisObservation.Healthy() with { Task = task, Eni = null, EniLookup = EniLookup.NoInterfaceId };

        var finding = Assert.Single(Check(observed));

        Assert.Equal(CheckIds.EniPresent, finding.Check);
        Assert.Contains("has no networkInterfaceId", finding.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EniGoneWhileRunning_ReportsEniPresent()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = null, EniLookup = EniLookup.Gone }));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("no longer exists", finding.Actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("available", "attached")]
    [InlineData("in-use", "attaching")]
    [InlineData("in-use", null)]
    public void Evaluate_NotInUseOrNotAttached_ReportsEniAttached(string status, string? attachmentStatus)
    {
        var attachment = attachmentStatus is null ? null : IisObservation.Eni().Attachment! with { Status = attachmentStatus };
        var observed = IisObservation.Healthy() with { Eni = IisObservation.Eni() with { Status = status, Attachment = attachment } };

        var finding = Assert.Single(Check(observed));

        Assert.Equal($"eni.attached/{Ids.EniId}", finding.Id);
        Assert.Equal("in-use / attached", finding.Expected);
    }

    [Fact]
    public void Evaluate_SubnetNotAllowed_ReportsSubnetWithServiceRemedy()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther } }));

        Assert.Equal(CheckIds.EniSubnet, finding.Check);
        Assert.Equal(Ids.SubnetOther, finding.Actual);
        Assert.IsType<ServiceNetworkRemedy>(finding.Remedy);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Evaluate_Issue11_ServiceTaskInWrongSubnet_RootIsTheService()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther } }));

        Assert.Equal(FindingRoot.Service(Ids.ServiceArn), finding.Root);
        Assert.Equal(FindingScope.Shared, finding.Scope);
    }

    [Fact]
    public void Evaluate_Issue11_StandaloneTaskInWrongSubnet_RootIsTheTask()
    {
        var standalone = IisObservation.Healthy() with { Task = IisObservation.Task() with { Group = "family:iis-webserver" } };

        var finding = Assert.Single(Check(standalone with { Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther } }));

        Assert.Equal(FindingRoot.Task(Ids.TaskArn), finding.Root);
        Assert.Equal(FindingScope.Task, finding.Scope);
    }

    [Fact]
    public void Evaluate_EmptySubnetList_AllowsAnySubnet() =>
        Assert.Empty(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther } }, Spec with { Subnets = [] }));

    [Fact]
    public void Evaluate_NoPrivateIpv4_ReportsHigh()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { PrivateIpv4Address = null } }));

        Assert.Equal(CheckIds.EniPrivateIpv4, finding.Check);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Evaluate_ReportedIpDiffersFromEni_ReportsMedium()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { PrivateIpv4Address = "10.20.3.99" } }));

        Assert.Equal(Ids.PrivateIp, finding.Expected);
        Assert.Equal("10.20.3.99", finding.Actual);
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void Evaluate_PublicIpForbiddenButPresent_ReportsWithServiceRemedy()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { PublicIp = "54.1.2.3" } }));

        Assert.Equal(CheckIds.EniPublicIp, finding.Check);
        Assert.IsType<ServiceNetworkRemedy>(finding.Remedy);
    }

    [Fact]
    public void Evaluate_PublicIpAny_AllowsIt() =>
        Assert.Empty(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { PublicIp = "54.1.2.3" } }, Spec with { PublicIp = PublicIpPolicy.Any }));

    [Fact]
    public void Evaluate_PublicIpRequiredButAbsent_ReportsAlertOnly()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy(), Spec with { PublicIp = PublicIpPolicy.Required }));

        Assert.IsType<AlertOnlyRemedy>(finding.Remedy);
    }

    [Theory]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:attachment/ffffffff-aaaa-bbbb-cccc-0123456789ab")]
    [InlineData("Primary network interface")]
    [InlineData(null)]
    public void Evaluate_DescriptionIsNotThisTasksAttachment_ReportsDescription(string? description)
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Eni = IisObservation.Eni() with { Description = description } }));

        Assert.Equal(CheckIds.EniDescription, finding.Check);
        Assert.Equal(Ids.AttachmentArn, finding.Expected);
    }

    [Fact]
    public void Evaluate_EniSectionOmitted_StillChecksPresenceButNotSubnet()
    {
        var observed = IisObservation.Healthy() with { Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther, PrivateIpv4Address = null } };

        var finding = Assert.Single(EniChecks.Evaluate(null, observed));

        Assert.Equal(CheckIds.EniPrivateIpv4, finding.Check);
    }
}
