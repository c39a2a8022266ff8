using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>
/// ECS JSON timestamps are epoch seconds with a fraction (<c>1.451468104403E9</c>); events and the published
/// examples use ISO-8601 strings. Both read; we write epoch seconds.
/// </summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000)),
            JsonTokenType.String => DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new JsonException($"a timestamp is a number of epoch seconds or an ISO-8601 string, not {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds() / 1000.0);
}
