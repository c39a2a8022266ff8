using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class ContainerInstanceInfoTests
{
    [Fact]
    public void AttributeMap_AgentAttributes_ByName()
    {
        var instance = new ContainerInstanceInfo("arn:ci", "i-0abc", [new("ecs.os-type", "windows"), new("ecs.os-family", "WINDOWS_SERVER_2022_CORE")]);

        var map = instance.AttributeMap();

        Assert.Equal("windows", map["ecs.os-type"]);
        Assert.Equal("WINDOWS_SERVER_2022_CORE", map["ecs.os-family"]);
    }

    [Fact]
    public void AttributeMap_NameRepeated_TheLastValue() =>
        Assert.Equal("b", new ContainerInstanceInfo("arn:ci", null, [new("x", "a"), new("x", "b")]).AttributeMap()["x"]);
}
