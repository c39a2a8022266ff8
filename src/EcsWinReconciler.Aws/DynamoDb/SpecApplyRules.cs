using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>What an apply does given what is stored: settle without writing, or write generation + 1.</summary>
internal static class SpecApplyRules
{
    /// <summary>
    /// The result when no write is needed, else null (write <c>stored + 1</c> under the condition that the stored generation is
    /// still the one read). Same content is checked first, so an apply retried after a lost response reports Unchanged, not
    /// Conflict. An absent spec has generation 0: <c>expectedGeneration: 0</c> means "create only".
    /// </summary>
    public static SpecApplyResult? Settle(StoredSpecVersion? stored, string document, long? expectedGeneration)
    {
        var storedGeneration = stored?.Generation ?? 0;
        if (stored is not null && string.Equals(stored.Document, document, StringComparison.Ordinal))
        {
            return new SpecApplyResult(SpecApplyOutcome.Unchanged, storedGeneration);
        }

        return expectedGeneration is { } expected && expected != storedGeneration
            ? new SpecApplyResult(SpecApplyOutcome.Conflict, storedGeneration)
            : null;
    }
}
