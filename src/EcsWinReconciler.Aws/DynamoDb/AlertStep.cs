namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The write an alert-store call makes, decided from the stored record (<see cref="AlertRules"/>).</summary>
internal enum AlertStep
{
    /// <summary>No write: nothing to do, or nothing open to leave.</summary>
    None,

    /// <summary>Put a new OPEN record (condition: absent).</summary>
    Create,

    /// <summary>Replace the RESOLVED record with an OPEN one (condition: the version read).</summary>
    Reopen,

    /// <summary>Add the task to the OPEN record (condition: still open, task not listed).</summary>
    Join,

    /// <summary>Remove the task from an OPEN record that keeps other tasks (condition: still open, more than this task listed).</summary>
    Leave,

    /// <summary>Remove the task and keep the record OPEN even if it was the last (condition: still open, task listed).</summary>
    LeaveKeepOpen,

    /// <summary>Mark the OPEN record RESOLVED (condition: the version read).</summary>
    Resolve,
}
