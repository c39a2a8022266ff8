namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// What setting up one table came to: created or already there; what the endpoint could not do (dynalite and moto have
/// no TTL or point-in-time recovery); and, for a table that was there, how its keys or indexes differ from the declaration.
/// </summary>
public sealed record TableSetupResult(string Table, bool Created, IReadOnlyList<string> Notes, IReadOnlyList<string> Differences);
