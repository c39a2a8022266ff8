using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Exceptions;

/// <summary>
/// Adds and removes exceptions in a stored spec's <c>spec.exceptions</c>, guarded by the generation it read: the spec is read,
/// changed, validated as a whole, and applied only if nobody changed it meanwhile (else nothing is written and the caller is
/// told). Living in the spec item keeps one truth: the reconciler, <c>spec get</c> and <c>spec diff</c> all see them, and the
/// Specs stream reconciles the spec's tasks at once. Why not a sibling item: docs/DEPLOY.md, Exceptions.
/// </summary>
internal sealed class ExceptionEditor(ISpecStore specs, SpecReadOptions options)
{
    /// <summary>Adds the exception, or renews the one with the same check and resource; returns the spec as stored and whether it renewed one.</summary>
    public async Task<(StoredSpec Spec, ExceptionEntry Entry, bool Renewed)> AddAsync(string specName, ExceptionRequest request, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(specName, cancellationToken).ConfigureAwait(false);
        if (!ExceptionExpiry.TryParse(request.Expires, out var expires))
        {
            throw new CliException(
                $"--expires: \"{request.Expires}\" is not a date (2027-01-31) or a timestamp with its offset (2027-01-31T18:00:00Z)",
                "a date means until the end of that day, UTC");
        }

        var entry = new ExceptionEntry(request.Check, request.Resource, request.Reason.Trim(), expires, request.Ticket)
        {
            AddedBy = request.By,
            AddedAt = options.Now,
        };
        var kept = stored.Spec.Spec.Exceptions.Where(e => !(e.Check == entry.Check && e.Resource == entry.Resource)).ToList();
        var renewed = kept.Count < stored.Spec.Spec.Exceptions.Count;
        var changed = Validate(stored.Spec with { Spec = stored.Spec.Spec with { Exceptions = [.. kept, entry] } }, kept.Count, entry);
        return (await ApplyAsync(stored, changed, cancellationToken).ConfigureAwait(false), entry, renewed);
    }

    /// <summary>Removes the exception with this check and resource; returns the spec as stored and the entry removed.</summary>
    public async Task<(StoredSpec Spec, ExceptionEntry Removed)> RemoveAsync(string specName, string check, string resource, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(specName, cancellationToken).ConfigureAwait(false);
        var removed = stored.Spec.Spec.Exceptions.FirstOrDefault(e => e.Check == check && e.Resource == resource)
            ?? throw new CliException(
                $"spec \"{specName}\" has no exception for {check} on {resource}",
                $"'ewr except list {specName}' shows its exceptions", ExitCodes.Findings);
        var changed = stored.Spec with { Spec = stored.Spec.Spec with { Exceptions = [.. stored.Spec.Spec.Exceptions.Where(e => e != removed)] } };
        return (await ApplyAsync(stored, changed, cancellationToken).ConfigureAwait(false), removed);
    }

    private async Task<StoredSpec> ReadAsync(string specName, CancellationToken cancellationToken) =>
        await specs.GetAsync(specName, cancellationToken).ConfigureAwait(false)
        ?? throw new CliException($"spec \"{specName}\" not found", "'ewr spec list' shows the stored specs", ExitCodes.Findings);

    /// <summary>
    /// The changed spec as the reader takes it: written and read back, so the new entry passes every check a spec file's would
    /// (check id, resource for its roots, expiry against now); a problem is reported under the option that gave the value.
    /// Only the new entry is held to now: an older one that lapsed stays until someone removes it.
    /// </summary>
    private TaskNetworkSpec Validate(TaskNetworkSpec changed, int index, ExceptionEntry entry)
    {
        var read = SpecReader.Read("except", SpecWriter.ToJson(changed));
        var prefix = $"spec.exceptions[{index}]";
        var problem = read.Errors.FirstOrDefault(e => e.Path.StartsWith(prefix, StringComparison.Ordinal));
        if (problem is not null)
        {
            var field = problem.Path.Length > prefix.Length ? problem.Path[(prefix.Length + 1)..] : "exception";
            throw new CliException($"--{field}: {problem.Message}", "nothing was changed");
        }

        if (!read.IsValid)
        {
            throw new CliException($"the stored spec does not read back with the exception: {read.Errors[0].Text}", "nothing was changed", ExitCodes.Internal);
        }

        var timed = SpecReader.Read("except", SpecWriter.ToJson(changed with { Spec = changed.Spec with { Exceptions = [entry] } }), options);
        if (timed.Errors.FirstOrDefault() is { } late)
        {
            throw new CliException($"--expires: {late.Message}", "nothing was changed");
        }

        return read.Specs[0].Spec;
    }

    private async Task<StoredSpec> ApplyAsync(StoredSpec stored, TaskNetworkSpec changed, CancellationToken cancellationToken)
    {
        var document = SpecWriter.ToJson(changed);
        var result = await specs.ApplyAsync(changed, document, stored.Generation, cancellationToken).ConfigureAwait(false);
        return result.Outcome == SpecApplyOutcome.Conflict
            ? throw new CliException(
                $"spec \"{stored.Name}\" changed (generation {stored.Generation} → {result.Generation}) while the exception was being written; nothing was changed",
                "run the command again: it reads the spec afresh", ExitCodes.Findings)
            : new StoredSpec(changed, result.Generation, document);
    }
}
