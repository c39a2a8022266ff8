namespace EcsWinReconciler.Cli.Specs;

/// <summary>What an edit-script line does.</summary>
internal enum DiffOp
{
    Equal,
    Delete,
    Insert,
}

/// <summary>One line of the edit script, with how many old and new lines come before it.</summary>
internal readonly record struct DiffEntry(DiffOp Op, string Text, int OldIndex, int NewIndex)
{
    public char Prefix => Op switch
    {
        DiffOp.Delete => '-',
        DiffOp.Insert => '+',
        _ => ' ',
    };
}
