namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The parts of a stored spec an apply compares (no parse needed).</summary>
internal sealed record StoredSpecVersion(long Generation, string Document);
