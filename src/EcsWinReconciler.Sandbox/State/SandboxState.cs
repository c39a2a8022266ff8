namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// The account's state behind one lock: every API call reads or changes it inside <see cref="Read{T}"/> or
/// <see cref="Write(Action{SandboxWorld})"/>, so parallel calls see and leave a consistent world.
/// </summary>
public sealed class SandboxState(SandboxWorld world)
{
    private readonly Lock _gate = new();

    public string Region => world.Region;

    public string AccountId => world.AccountId;

    public T Read<T>(Func<SandboxWorld, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(world);
        }
    }

    public void Write(Action<SandboxWorld> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            write(world);
        }
    }

    public T Write<T>(Func<SandboxWorld, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            return write(world);
        }
    }

    /// <summary>The events emitted so far (after <paramref name="afterSequence"/>), in order.</summary>
    public IReadOnlyList<TaskStateChangeEvent> Events(long afterSequence = 0) =>
        Read(w => w.Events.Where(e => e.Sequence > afterSequence).ToList());

    public IReadOnlyList<PublishedMessage> PublishedMessages() => Read(w => w.Messages.ToList());

    public IReadOnlyList<WriteRecord> Writes() => Read(w => w.Writes.ToList());
}
