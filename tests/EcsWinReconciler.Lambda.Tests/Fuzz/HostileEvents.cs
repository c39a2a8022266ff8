using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static EcsWinReconciler.Lambda.Tests.Fuzz.JsonSurgery;

namespace EcsWinReconciler.Lambda.Tests.Fuzz;

/// <summary>
/// FsCheck generators of malformed events for the four functions: each is a real sample event (events/) broken in one
/// way a hostile or broken sender could break it — empty or not JSON, truncated, invalid UTF-8, a BOM too many, the
/// wrong top-level type, deep nesting, huge arrays, null elements, unknown detail-types, wrong sources, required fields
/// missing, null or of the wrong type. Every one must be rejected; none may make a function throw.
/// </summary>
/// <remarks>Each base event carries <see cref="Marker"/> in fields nobody reads: it must never show in a log line.</remarks>
internal static class HostileEvents
{
    public const string Marker = "hostile-7f3a9c-body-content";

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static Gen<HostileEvent> Any() =>
        from kind in Gen.Elements(FunctionKind.TaskState, FunctionKind.ApiChange, FunctionKind.Resync, FunctionKind.SpecChange)
        from hostile in For(kind)
        select hostile;

    public static Gen<HostileEvent> For(FunctionKind kind) => Gen.OneOf(Generic(kind), Specific(kind));

    /// <summary>The function's sample with the marker added where nothing reads it.</summary>
    public static string Base(FunctionKind kind)
    {
        var root = JsonNode.Parse(SampleEvents.Text(SampleFor(kind)))!;
        root["x-unread"] = Marker;
        var inner = kind == FunctionKind.SpecChange ? root["Records"]![0]! : root["detail"]!;
        inner["x-unread"] = Marker;
        return root.ToJsonString();
    }

    private static string SampleFor(FunctionKind kind) => kind switch
    {
        FunctionKind.TaskState => SampleEvents.TaskRunning,
        FunctionKind.ApiChange => SampleEvents.ApiChangeAuthorizeRdp,
        FunctionKind.Resync => SampleEvents.ResyncSchedule,
        _ => SampleEvents.SpecChangeModify,
    };

    private static Gen<HostileEvent> Generic(FunctionKind kind)
    {
        var json = Base(kind);
        var bytes = Utf8(json);
        var structural = StructuralOffsets(bytes);
        var list = kind == FunctionKind.SpecChange ? "Records" : "resources";
        return Gen.OneOf(
            Gen.Elements("", " ", "\r\n\t ", "\uFEFF", "\uFEFF  \n").Select(b => Event(kind, "empty", Utf8(b))),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => Event(kind, "random bytes", b)),
            Gen.Choose(1, bytes.Length - 1).Select(k => Event(kind, "truncated", bytes[..k])),
            Gen.Elements("[]", "null", "true", "42", "-0.5e999", $"\"{Marker}\"", $"[{json}]", $"[{json},{json}]").Select(b => Event(kind, "wrong top-level type", Utf8(b))),
            Gen.Zip(Gen.Elements(InvalidUtf8), Gen.Elements([.. structural])).Select(p => Event(kind, "invalid UTF-8", Insert(bytes, p.Item2, p.Item1))),
            Gen.Elements(InvalidUtf8).Select(b => Event(kind, "invalid UTF-8 in a read string", InsertIntoReadString(kind, json, b))),
            Gen.Elements<byte[]>([.. Bom, .. Bom, .. bytes], [.. bytes, .. Utf8("}")], [.. bytes, .. Utf8(" x")], [.. Utf8("{"), .. bytes]).Select(b => Event(kind, "broken framing", b)),
            Gen.Zip(Gen.Choose(65, 3000), Gen.Elements("[", "{\"a\":")).Select(p => Event(kind, "deep nesting", Utf8(SetRaw(json, "x-nested", Nest(p.Item1, p.Item2))))),
            Gen.Zip(Gen.Choose(1_000, 40_000), Gen.Elements("0", "{}", "[]", "true")).Select(p => Event(kind, "huge array of the wrong type", Utf8(SetRaw(json, list, $"[{string.Join(',', Enumerable.Repeat(p.Item2, p.Item1))}]")))));
    }

    private static Gen<HostileEvent> Specific(FunctionKind kind) => kind switch
    {
        FunctionKind.TaskState => Edits(kind, [
            ("source", WrongSources("aws.ecs")), ("detail-type", WrongDetailTypes("ECS Task State Change")),
            ("detail", ["[]", "\"x\"", "5", "null"]), ("detail.version", ["\"abc\"", "{}", "[]", "1.5", "1e30", "true", "\"1e3\"", "null"]),
            ("detail.lastStatus", ["5", "{}", "[]", "true", "null", "\"\""]), ("detail.clusterArn", ["5", "{}", "null", "\"\""]),
            ("detail.taskDefinitionArn", ["[]", "null", "\"\""]), ("detail.attachments", ["{}", "\"x\"", "5", "[5]", "[[]]", "[null]"]),
            ("detail.attachments[0].details", ["\"x\"", "5", "[5]", "[null]"]), ("detail.attachments[0].details[0].name", ["5", "{}"]),
            ("time", ["\"yesterday\"", "5", "\"2026-13-45T99:00:00Z\""]), ("resources", ["\"x\"", "{}", "[5]"]),
        ], ["detail", "detail.clusterArn", "detail.taskDefinitionArn", "detail.lastStatus", "detail.version"], [["detail.taskArn", "resources"]]),
        FunctionKind.ApiChange => Edits(kind, [
            ("source", WrongSources("aws.ec2")), ("detail-type", WrongDetailTypes("AWS API Call via CloudTrail")),
            ("detail", ["[]", "\"x\"", "5", "null"]), ("detail.eventSource", ["\"s3.amazonaws.com\"", "\"\"", "5", "null", "\"EC2.AMAZONAWS.COM\""]),
            ("detail.eventName", ["\"\"", "5", "null", "{}"]), ("detail.errorCode", ["5", "{}"]),
        ], ["detail", "detail.eventSource", "detail.eventName"], []),
        FunctionKind.Resync => Edits(kind, [
            ("source", WrongSources("aws.events")), ("detail-type", WrongDetailTypes("Scheduled Event")),
            ("detail", ["[]", "\"x\"", "5"]), ("time", ["\"never\"", "[]"]),
        ], ["detail-type"], []),
        _ => Edits(kind, [
            ("Records", ["[]", "\"x\"", "{}", "[5]", "[null]", "null"]), ("Records[0].eventSource", ["\"aws:s3\"", "\"\"", "5"]),
            ("Records[0].eventName", ["\"TRUNCATE\"", "\"\"", "null", "5"]), ("Records[0].dynamodb", ["[]", "5"]),
            ("Records[0].dynamodb.Keys", ["[]", "5", "\"x\""]),
        ], ["Records", "Records[0].eventName"], [["Records[0].dynamodb.Keys", "Records[0].dynamodb.NewImage", "Records[0].dynamodb.OldImage"]]),
    };

    /// <summary>One read field set to a wrong value (raw JSON), one required field removed, or a group of fields removed together.</summary>
    private static Gen<HostileEvent> Edits(FunctionKind kind, (string Path, string[] Values)[] wrong, string[] required, string[][] together)
    {
        var json = Base(kind);
        var wrongValues = wrong.SelectMany(w => w.Values.Select(v => (w.Path, Value: v))).ToArray();
        var gens = new List<Gen<HostileEvent>>
        {
            Gen.Elements(wrongValues).Select(w => Event(kind, $"{w.Path} = {w.Value}", Utf8(Edit(json, w.Path, () => JsonNode.Parse(w.Value))))),
            Gen.Elements(required).Select(path => Event(kind, $"{path} missing", Utf8(Edit(json, path, () => null, remove: true)))),
        };
        if (together.Length > 0)
        {
            gens.Add(Gen.Elements(together).Select(paths => Event(kind, $"{string.Join(" and ", paths)} missing", Utf8(paths.Aggregate(json, (j, p) => Edit(j, p, () => null, remove: true))))));
        }

        return Gen.OneOf([.. gens]);
    }

    private static string[] WrongSources(string valid) =>
        [.. new[] { "aws.ec2", "aws.ecs", "aws.events", valid.ToUpperInvariant(), valid + " ", string.Empty, valid + "\u0000", "aws:dynamodb", "custom.app" }
            .Where(s => s != valid).Select(Quote), "5", "null", "[]"];

    private static string[] WrongDetailTypes(string valid) =>
        [.. new[] { "ECS Task State Change", "ECS Container Instance State Change", "AWS API Call via CloudTrail", "Scheduled Event", valid.ToLowerInvariant(), valid + " ", string.Empty, "\u202E" + valid }
            .Where(s => s != valid).Select(Quote), "5", "null", "{}"];

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>Bytes in the middle of a string the function reads (the source, or a stream record's eventName).</summary>
    private static byte[] InsertIntoReadString(FunctionKind kind, string json, byte[] bytes)
    {
        var key = kind == FunctionKind.SpecChange ? "\"eventName\":\"" : "\"source\":\"";
        var body = Utf8(json);
        var at = json.IndexOf(key, StringComparison.Ordinal);
        return Insert(body, System.Text.Encoding.UTF8.GetByteCount(json.AsSpan(0, at + key.Length)) + 2, bytes);
    }

    private static string Nest(int depth, string open) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "0" + new string(open == "[" ? ']' : '}', depth);

    private static HostileEvent Event(FunctionKind kind, string category, byte[] body) => new(kind, category, body);
}
