namespace EcsWinReconciler.Core.Linting;

/// <summary>What an image reference says about Windows: base image family and LTSC release.</summary>
public static class WindowsImages
{
    private static readonly string[] WindowsRepositories =
    [
        "mcr.microsoft.com/windows/servercore", "mcr.microsoft.com/windows/nanoserver", "mcr.microsoft.com/windows/server",
        "mcr.microsoft.com/windows", "mcr.microsoft.com/dotnet/framework",
    ];

    public static bool IsWindowsImage(string? image) =>
        image is not null && WindowsRepositories.Any(r => image.StartsWith(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plain Server Core base image: a Windows shell, no IIS role.</summary>
    public static bool IsBareServerCore(string? image) =>
        image is not null && image.StartsWith("mcr.microsoft.com/windows/servercore:", StringComparison.OrdinalIgnoreCase);

    /// <summary>"2019", "2022", "2025" from an ltsc tag, or null.</summary>
    public static string? LtscRelease(string? image)
    {
        var tag = image?.Split(':').LastOrDefault();
        var at = tag?.IndexOf("ltsc", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at >= 0 && tag!.Length >= at + 8 && tag.Substring(at + 4, 4).All(char.IsDigit) ? tag.Substring(at + 4, 4) : null;
    }
}
