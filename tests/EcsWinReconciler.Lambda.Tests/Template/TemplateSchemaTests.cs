using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>template.yaml and member.yaml against the SAM JSON schema (draft-04; ../shared/reference/sam/sam.schema.json).</summary>
public sealed class TemplateSchemaTests
{
    private static readonly Lazy<DraftFourValidator> Validator = new(() =>
        new DraftFourValidator(JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.Reference("sam", "sam.schema.json"))).RootElement));

    [ReferenceFact]
    public void Validate_Template_MatchesTheSamSchema()
    {
        Assert.Empty(Validator.Value.Validate(TemplateDocument.Load().Root));
    }

    [ReferenceFact]
    public void Validate_Member_MatchesTheSamSchema()
    {
        Assert.Empty(Validator.Value.Validate(TemplateDocument.LoadMember().Root));
    }

    [ReferenceFact]
    public void Validate_UnknownFunctionProperty_IsReported()
    {
        var template = TemplateDocument.Load().Root;
        template["Resources"]!["TaskStateFunction"]!["Properties"]!["Handlr"] = "task-state";

        var error = Assert.Single(Validator.Value.Validate(template));

        Assert.Contains("$.Resources.TaskStateFunction", error, StringComparison.Ordinal);
        Assert.Contains("Handlr: not allowed", error, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Validate_RetryAttemptsAsText_IsReported()
    {
        var template = TemplateDocument.Load().Root;
        template["Resources"]!["ResyncFunction"]!["Properties"]!["EventInvokeConfig"]!["MaximumRetryAttempts"] = "two";

        var error = Assert.Single(Validator.Value.Validate(template));

        Assert.Contains("MaximumRetryAttempts: expected \"integer\", found string", error, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Validate_UnknownGlobalsSection_IsReported()
    {
        var template = TemplateDocument.Load().Root;
        template["Globals"]!["Functions"] = new JsonObject();

        Assert.Contains("$.Globals.Functions: not allowed", Validator.Value.Validate(template));
    }
}
