using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Root keys are stored (alert keys, statuses): every kind reads back, and text that is not a key is not guessed at.</summary>
public class FindingRootTests
{
    public static TheoryData<FindingRoot, string, string> Roots => new()
    {
        { FindingRoot.Task(Ids.TaskArn), $"task:{Ids.TaskArn}", "task 0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
        { FindingRoot.Service(Ids.ServiceArn), $"service:{Ids.ServiceArn}", $"service iis-webserver ({Ids.ServiceArn})" },
        { FindingRoot.Rule(Ids.WebGroup, "sgr-1"), "rule:sg-0123456789abcdef0/sgr-1", "security group rule sg-0123456789abcdef0/sgr-1" },
        { FindingRoot.GroupPermission(Ids.WebGroup, "tcp:80:x"), "group:sg-0123456789abcdef0/tcp:80:x", "security group sg-0123456789abcdef0" },
        { FindingRoot.Vpc(Ids.VpcId), $"vpc:{Ids.VpcId}", $"VPC {Ids.VpcId}" },
        { FindingRoot.Dhcp(Ids.DhcpOptionsId), $"dhcp:{Ids.DhcpOptionsId}", $"DHCP options {Ids.DhcpOptionsId}" },
        { FindingRoot.Host(Ids.InstanceId), $"host:{Ids.InstanceId}", $"host {Ids.InstanceId}" },
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public void Key_ReadsBackAndDescribesTheRootInWords(FindingRoot root, string key, string words)
    {
        Assert.Equal(key, root.Key);
        Assert.Equal(root, FindingRoot.TryParse(key));
        Assert.Equal(words, root.Describe());
    }

    [Theory]
    [InlineData("")]
    [InlineData(":vpc-1")]
    [InlineData("vpc:")]
    [InlineData("vpc")]
    [InlineData("volume:vol-1")]
    public void TryParse_TextThatIsNotAKey_IsNull(string text) => Assert.Null(FindingRoot.TryParse(text));

    [Fact]
    public void TryParse_IdWithColons_KeepsThemInTheId() =>
        Assert.Equal(FindingRoot.Task(Ids.TaskArn), FindingRoot.TryParse("task:" + Ids.TaskArn));

    [Fact]
    public void TryParse_OneCharacterId_IsAKey() => Assert.Equal(FindingRoot.Vpc("x"), FindingRoot.TryParse("vpc:x"));
}
