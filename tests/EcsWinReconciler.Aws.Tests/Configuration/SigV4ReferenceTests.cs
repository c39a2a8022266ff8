using System.Text;
using System.Text.Json;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>
/// The yardstick of <see cref="SdkSigningTests"/>, <see cref="SigV4Reference"/>, against the AWS SigV4 test suite's
/// <c>POST</c> cases (botocore's layout under <c>reference/sigv4</c>): every header of the <c>.req</c> is signed,
/// with the suite's keys, region, service and time. Skipped, with the reason, where the reference data is absent.
/// </summary>
public class SigV4ReferenceTests
{
    private static string Root => RepositoryPaths.Reference("sigv4");

    /// <summary>Each case as its path under the suite without the extension, e.g. <c>post-sts-token/post-sts-header-after/post-sts-header-after</c>.</summary>
    public static TheoryData<string> PostCases() =>
        [.. (Directory.Exists(Root) ? Directory.GetFiles(Root, "post-*.req", SearchOption.AllDirectories) : [])
            .Select(f => Path.GetRelativePath(Root, f)[..^".req".Length])
            .Order(StringComparer.Ordinal)];

    [ReferenceFact]
    public void Suite_PostCases_AreAllFound() => Assert.True(PostCases().Count >= 10, string.Join(", ", PostCases()));

    [ReferenceTheory]
    [MemberData(nameof(PostCases))]
    public void Sign_SuitePostCase_MatchesCanonicalRequestStringToSignAndAuthorization(string stem)
    {
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "context.json")));
        var keys = context.RootElement.GetProperty("credentials");
        var text = File.ReadAllText(Path.Combine(Root, stem + ".req"));
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var lines = (split < 0 ? text : text[..split]).Split('\n');
        var target = lines[0].Split(' ')[1];
        var headers = lines.Skip(1).Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]));

        var result = SigV4Reference.Sign(
            lines[0].Split(' ')[0], target.Split('?')[0], target.Contains('?', StringComparison.Ordinal) ? target.Split('?', 2)[1] : string.Empty, headers,
            Encoding.UTF8.GetBytes(split < 0 ? string.Empty : text[(split + 2)..]),
            keys.GetProperty("access_key_id").GetString()!, keys.GetProperty("secret_access_key").GetString()!,
            context.RootElement.GetProperty("region").GetString()!, context.RootElement.GetProperty("service").GetString()!);

        Assert.Equal(File.ReadAllText(Path.Combine(Root, stem + ".creq")), result.CanonicalRequest);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, stem + ".sts")), result.StringToSign);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, stem + ".authz")), result.Authorization);
    }
}
