namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>SGR escape codes for <see cref="CellStyle"/>; applied around the text only, so padding stays plain.</summary>
internal static class Ansi
{
    private const string Reset = "\u001b[0m";

    public static string Paint(string text, CellStyle style, bool colour) =>
        !colour || style == CellStyle.Plain || text.Length == 0 ? text : $"\u001b[{Code(style)}m{text}{Reset}";

    private static string Code(CellStyle style) => style switch
    {
        CellStyle.Bold => "1",
        CellStyle.Dim => "2",
        CellStyle.Red => "31",
        CellStyle.BoldRed => "1;31",
        CellStyle.Green => "32",
        CellStyle.Yellow => "33",
        CellStyle.Cyan => "36",
        _ => "0",
    };
}
