using System.Globalization;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.Aws.Signing;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Signing;

/// <summary>
/// One case of the AWS SigV4 test suite, in either layout under <c>reference/sigv4</c>: botocore's
/// (<c>&lt;case&gt;.req/.creq/.sts/.authz</c>, shared context.json) or aws-c-auth's (<c>request.txt</c>,
/// <c>context.json</c> with per-case credentials and switches, <c>header-*.txt</c>).
/// </summary>
internal sealed record SigV4SuiteCase(
    string Name,
    SigV4Request Request,
    SigV4Credentials Credentials,
    string Region,
    string Service,
    DateTimeOffset Time,
    SigV4Options Options,
    string ExpectedCanonicalRequest,
    string ExpectedStringToSign,
    string ExpectedSignature,
    string? ExpectedAuthorization)
{
    public const string Botocore = "botocore";
    public const string AwsCAuth = "aws-c-auth";

    private static string Root => RepositoryPaths.Reference("sigv4");

    private static string AwsCAuthRoot => Path.Combine(Root, "aws-c-auth-v4");

    /// <summary>"botocore/&lt;relative dir&gt;" and "aws-c-auth/&lt;case&gt;" for every case on disk.</summary>
    public static IEnumerable<string> Names()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var botocore = Directory.GetFiles(Root, "*.req", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(AwsCAuthRoot, StringComparison.Ordinal))
            .Select(f => Botocore + "/" + Path.GetRelativePath(Root, Path.GetDirectoryName(f)!));
        var awsCAuth = Directory.GetDirectories(AwsCAuthRoot)
            .Where(d => File.Exists(Path.Combine(d, "request.txt")))
            .Select(d => AwsCAuth + "/" + Path.GetFileName(d));
        return botocore.Concat(awsCAuth).OrderBy(n => n, StringComparer.Ordinal);
    }

    public static SigV4SuiteCase Load(string name)
    {
        var (layout, relative) = (name[..name.IndexOf('/', StringComparison.Ordinal)], name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        return layout == Botocore ? LoadBotocore(relative) : LoadAwsCAuth(relative);
    }

    private static SigV4SuiteCase LoadBotocore(string relative)
    {
        var dir = Path.Combine(Root, relative);
        var stem = Path.Combine(dir, Path.GetFileName(dir));

        // botocore ships one context for the whole suite; its session-token cases take the token (and whether it
        // is signed) from aws-c-auth's context of the same case: the suites are the same, the token is visible in
        // the expected .creq. Body signing stays off, as botocore's expectations have no x-amz-content-sha256.
        var context = Context.Read(Path.Combine(Root, "context.json"));
        var sibling = Path.Combine(AwsCAuthRoot, Path.GetFileName(dir), "context.json");
        if (File.Exists(sibling) && Context.Read(sibling) is { Credentials.SessionToken: not null } withToken)
        {
            context = context with
            {
                Credentials = withToken.Credentials,
                Options = context.Options with { SignSessionToken = withToken.Options.SignSessionToken },
            };
        }

        var authorization = File.ReadAllText(stem + ".authz");
        return new SigV4SuiteCase(Botocore + "/" + relative, HttpText.Parse(File.ReadAllText(stem + ".req")), context.Credentials, context.Region, context.Service,
            context.Time, context.Options, File.ReadAllText(stem + ".creq"), File.ReadAllText(stem + ".sts"), authorization[(authorization.LastIndexOf('=') + 1)..], authorization);
    }

    private static SigV4SuiteCase LoadAwsCAuth(string caseName)
    {
        var dir = Path.Combine(AwsCAuthRoot, caseName);
        var context = Context.Read(Path.Combine(dir, "context.json"));
        var signed = HttpText.Parse(File.ReadAllText(Path.Combine(dir, "header-signed-request.txt")));
        var authorization = signed.Headers.LastOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        return new SigV4SuiteCase(AwsCAuth + "/" + caseName, HttpText.Parse(File.ReadAllText(Path.Combine(dir, "request.txt"))), context.Credentials, context.Region, context.Service,
            context.Time, context.Options, File.ReadAllText(Path.Combine(dir, "header-canonical-request.txt")),
            File.ReadAllText(Path.Combine(dir, "header-string-to-sign.txt")), File.ReadAllText(Path.Combine(dir, "header-signature.txt")).Trim(), authorization);
    }

    public override string ToString() => Name;

    private sealed record Context(SigV4Credentials Credentials, string Region, string Service, DateTimeOffset Time, SigV4Options Options)
    {
        public static Context Read(string path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var keys = root.GetProperty("credentials");
            var token = keys.TryGetProperty("token", out var t) ? t.GetString() : null;
            return new Context(
                new SigV4Credentials(keys.GetProperty("access_key_id").GetString()!, keys.GetProperty("secret_access_key").GetString()!, token),
                root.GetProperty("region").GetString()!,
                root.GetProperty("service").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
                new SigV4Options(
                    NormalizePath: Flag(root, "normalize", true),
                    SignSessionToken: !Flag(root, "omit_session_token", false),
                    AddContentSha256Header: Flag(root, "sign_body", false)));
        }

        private static bool Flag(JsonElement root, string name, bool fallback) =>
            root.TryGetProperty(name, out var value) ? value.GetBoolean() : fallback;
    }
}

/// <summary>Parses the suite's raw HTTP text: request line, headers (folded lines kept with their newline), blank line, body.</summary>
internal static class HttpText
{
    public static SigV4Request Parse(string text)
    {
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        var lines = head.Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + "\n" + line);
            }
            else if (line.Contains(':', StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                headers.Add(new(line[..colon], line[(colon + 1)..]));
            }
        }

        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? [] : Query(target[(question + 1)..]);
        var host = headers.First(h => h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value.Trim();
        return new SigV4Request(method, host, path, query, headers, Encoding.UTF8.GetBytes(body));
    }

    private static List<KeyValuePair<string, string>> Query(string query) =>
        [.. query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            return eq < 0
                ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), string.Empty)
                : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]));
        })];
}
