using System.Text.Json;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Tests.Common;

public sealed class JsonProblemTests
{
    [Fact]
    public void From_SyntaxError_PositionIsOneBasedAndTheSuffixIsGone()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse("{\"a\": 1,\n  \"b\": }"));

        var problem = JsonProblem.From(error);

        Assert.Equal((2, 8), (problem.Line, problem.Column));
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2, column 8: '}' is an invalid start of a value", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_WrongType_SaysSoWithoutNamingADotNetType()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"n\": \"x\"}", TestJson.Default.Numbered));

        var text = JsonProblem.From(error).ToString();

        Assert.Contains("a value has the wrong type", text, StringComparison.Ordinal);
        Assert.Contains("(at $.n)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Numbered", text, StringComparison.Ordinal);
    }
}
