using EcsWinReconciler.Core.Specs.Binding;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Tests.Specs.Binding;

public class SpecBinderTests
{
    private static (Core.Specs.TaskNetworkSpec? Spec, IReadOnlyList<string> Problems) Bind(string yaml)
    {
        var root = Assert.IsType<MappingNode>(Assert.Single(YamlDocumentReader.Read(yaml)).Root);
        var diagnostics = new Diagnostics();
        ShapeValidator.Validate(root, RootShape.Object, DocPath.Root, diagnostics);
        var spec = SpecBinder.Bind(root, diagnostics);
        return (spec, [.. Parsed.Texts(diagnostics)]);
    }

    [Fact]
    public void Bind_ValidDocument_TheSpecWithItsDefaults()
    {
        var (spec, problems) = Bind(SpecSamples.Minimal);

        Assert.Empty(problems);
        Assert.Equal("minimal", spec!.Name);
        Assert.Equal(Core.Specs.SpecDefaults.Platform, spec.Spec.Platform);
    }

    [Fact]
    public void Bind_ShapeProblem_NoSpec() =>
        Assert.Null(Bind(SpecSamples.Minimal.Replace("family: \"*\"", "family: [a, b]", StringComparison.Ordinal)).Spec);

    [Fact]
    public void Bind_ContradictionAcrossFields_NoSpecAndTheProblemAtTheLaterField()
    {
        var (spec, problems) = Bind(SpecSamples.Minimal + "\n  dns: { vpcDnsSupport: false, vpcDnsHostnames: true }");

        Assert.Null(spec);
        Assert.Equal(["spec.dns.vpcDnsHostnames: true needs vpcDnsSupport: true (a VPC cannot have DNS hostnames without DNS support)"], problems);
    }
}
