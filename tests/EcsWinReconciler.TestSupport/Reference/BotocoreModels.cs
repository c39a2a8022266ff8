using System.Text.Json;

namespace EcsWinReconciler.TestSupport.Reference;

/// <summary>Loads the official AWS API model (<c>service-2.json</c>, plain or .gz) of a service from python3-botocore.</summary>
public static class BotocoreModels
{
    public static JsonDocument Load(string service)
    {
        var serviceDir = Path.Combine(RepositoryPaths.BotocoreData, service);
        var versionDir = Directory.GetDirectories(serviceDir).OrderBy(d => d, StringComparer.Ordinal).Last();
        var plain = Path.Combine(versionDir, "service-2.json");
        if (File.Exists(plain))
        {
            return JsonDocument.Parse(File.ReadAllText(plain));
        }

        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(plain + ".gz"), System.IO.Compression.CompressionMode.Decompress);
        return JsonDocument.Parse(gz);
    }
}
