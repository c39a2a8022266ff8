namespace EcsWinReconciler.Core.Tests.Common;

/// <summary>A record with a number, to make System.Text.Json fail on a string where the number goes.</summary>
public sealed record Numbered(int N);
