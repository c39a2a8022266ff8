using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>One function of template.yaml: its resource, its role and the managed policies the role attaches, its environment.</summary>
internal sealed record FunctionTemplate(TemplateDocument Template, FunctionKind Kind, string Id, JsonObject Resource)
{
    public JsonObject Properties => Resource["Properties"]!.AsObject();

    public string Role => TemplateDocument.GetAttResource(Properties["Role"]) ?? throw new InvalidDataException($"{Id} has no role of the stack");

    /// <summary>The role and the managed policies it attaches: the owners of every statement the function gets.</summary>
    public IReadOnlySet<string> PolicyOwners =>
        Template.Resource(Role)["Properties"]!["ManagedPolicyArns"]!.AsArray().Select(TemplateDocument.RefName).OfType<string>().Append(Role).ToHashSet(StringComparer.Ordinal);

    public static FunctionTemplate Of(TemplateDocument template, FunctionKind kind)
    {
        var (id, resource) = template.OfType("AWS::Serverless::Function")
            .Single(f => f.Resource["Properties"]!["Handler"]!.GetValue<string>() == FunctionNames.Of(kind));
        return new FunctionTemplate(template, kind, id, resource);
    }

    /// <summary>The logical id an environment variable of the function (or of Globals) refers to with !Ref.</summary>
    public string? Variable(string name) =>
        TemplateDocument.RefName(Properties["Environment"]?["Variables"]?[name] ?? Template.Root["Globals"]?["Function"]?["Environment"]?["Variables"]?[name]);

    /// <summary>Every statement granted to the function, with the condition it sits under.</summary>
    public IEnumerable<PolicyStatement> Statements => PolicyStatement.All(Template).Where(s => PolicyOwners.Contains(s.Owner));
}
