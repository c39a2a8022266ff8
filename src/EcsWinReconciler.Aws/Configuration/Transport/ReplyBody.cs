namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>Reads a whole answer body; answers here are small JSON or XML documents.</summary>
internal static class ReplyBody
{
    public static byte[] Read(Stream? stream)
    {
        if (stream is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
