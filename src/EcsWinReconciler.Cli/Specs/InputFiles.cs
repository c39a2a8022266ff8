namespace EcsWinReconciler.Cli.Specs;

/// <summary>Reads an input file, turning the file system's failures into messages that name the file and the cause in plain words.</summary>
internal static class InputFiles
{
    public static string Read(ISpecInputFiles files, string path, string hint)
    {
        try
        {
            return files.ReadText(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new Hosting.CliException($"{path}: permission denied", hint);
        }
        catch (IOException e)
        {
            throw new Hosting.CliException($"{path}: cannot be read ({e.Message.TrimEnd('.')})", hint);
        }
    }
}
