namespace EcsWinReconciler.Cli.Hosting;

/// <summary>Which of the stack's resources a command reads or writes; only their options appear on it.</summary>
[Flags]
internal enum StackResources
{
    None = 0,
    Specs = 1,
    State = 2,
    Topic = 4,
    All = Specs | State | Topic,
}
