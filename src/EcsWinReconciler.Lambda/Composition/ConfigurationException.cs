namespace EcsWinReconciler.Lambda.Composition;

/// <summary>The function's configuration is unusable; raised at initialisation and reported as an init error.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException()
        : this("the function's configuration is unusable")
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ConfigurationException Of(IEnumerable<string> problems) =>
        new("configuration: " + string.Join("; ", problems));
}
