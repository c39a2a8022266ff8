using System.Reflection;
using System.Text.Json;
using Xunit.Sdk;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>Checks our wire shapes against an official AWS API model (botocore's service-2.json).</summary>
internal static class ModelShapes
{
    /// <summary>Every JSON member of <paramref name="json"/> exists in <paramref name="shape"/>, recursively.</summary>
    public static void AssertJsonMembersExist(JsonElement model, string shape, JsonElement json, string path)
    {
        var members = Members(model, shape);
        foreach (var property in json.EnumerateObject())
        {
            if (!members.TryGetProperty(property.Name, out var member))
            {
                throw new XunitException($"{path}.{property.Name} is not a member of {shape}");
            }

            var memberShape = ElementShape(model, member.GetProperty("shape").GetString()!);
            var value = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().FirstOrDefault() : property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                AssertJsonMembersExist(model, memberShape, value, path + "." + property.Name);
            }
        }
    }

    /// <summary>
    /// Every public property of <paramref name="type"/> exists in <paramref name="shape"/>, recursively into our own wire types.
    /// ECS spells members camelCase on the wire, Route 53 Resolver PascalCase, as our property names are.
    /// </summary>
    /// <param name="model">The botocore model.</param>
    /// <param name="shape">The output shape the type reads.</param>
    /// <param name="type">The wire type.</param>
    /// <param name="path">Where we are, for the message.</param>
    /// <param name="camelCase">Members are camelCase on the wire (ECS), else as the property names (Resolver).</param>
    /// <param name="newerThanModel"><c>Shape.member</c>s the service added after the model on this machine was cut (each with its reason at the caller).</param>
    public static void AssertPropertiesExist(JsonElement model, string shape, Type type, string path, bool camelCase = true, IReadOnlySet<string>? newerThanModel = null)
    {
        var members = Members(model, shape);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            var name = camelCase ? char.ToLowerInvariant(property.Name[0]) + property.Name[1..] : property.Name;
            if (newerThanModel?.Contains($"{shape}.{name}") == true)
            {
                continue;
            }

            if (!members.TryGetProperty(name, out var member))
            {
                throw new XunitException($"{path}.{name} ({type.Name}.{property.Name}) is not a member of {shape}");
            }

            var element = ElementType(property.PropertyType);
            if (element.Namespace == type.Namespace && element.IsClass && element != typeof(string))
            {
                AssertPropertiesExist(model, ElementShape(model, member.GetProperty("shape").GetString()!), element, path + "." + name, camelCase, newerThanModel);
            }
        }
    }

    public static JsonElement Shape(JsonElement model, string name) => model.GetProperty("shapes").GetProperty(name);

    private static JsonElement Members(JsonElement model, string shape) =>
        Shape(model, shape).TryGetProperty("members", out var members) ? members : throw new XunitException($"{shape} is not a structure");

    private static string ElementShape(JsonElement model, string shape) =>
        Shape(model, shape).GetProperty("type").GetString() == "list" ? Shape(model, shape).GetProperty("member").GetProperty("shape").GetString()! : shape;

    private static Type ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
            : Nullable.GetUnderlyingType(type) ?? type;
}
