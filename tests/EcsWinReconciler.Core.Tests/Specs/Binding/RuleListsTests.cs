using EcsWinReconciler.Core.Specs.Binding;

namespace EcsWinReconciler.Core.Tests.Specs.Binding;

public class RuleListsTests
{
    [Theory]
    [InlineData("spec.securityGroups.forbiddenIngress[0]", "spec.securityGroups.forbiddenIngress", "forbiddenIngress[0]")]
    [InlineData("spec.securityGroups.requiredIngress[2]", "spec.securityGroups.forbiddenIngress", "spec.securityGroups.requiredIngress[2]")]
    [InlineData("rules[1]", "rules", "rules[1]")]
    public void Relative_RuleInTheSameList_ShortenedToTheListsName(string path, string listPath, string expected) =>
        Assert.Equal(expected, RuleLists.Relative(path, listPath));
}
