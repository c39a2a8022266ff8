namespace EcsWinReconciler.Lambda.Functions;

/// <summary>reconciled: the reconciler ran; ignored: a well-formed event with nothing to do; rejected: a malformed event.</summary>
internal enum OutcomeStatus
{
    Reconciled,
    Ignored,
    Rejected,
}
