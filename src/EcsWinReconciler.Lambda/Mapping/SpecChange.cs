using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// One spec edit from the Specs stream: the selector before and after (null when that image is absent, as for an
/// INSERT's old image). <see cref="Unreadable"/> is set when an image was present but its selector could not be read.
/// </summary>
internal sealed record SpecChange(string Name, string EventName, TaskSelector? OldSelector, TaskSelector? NewSelector, bool Unreadable)
{
    public IEnumerable<TaskSelector> Selectors => new[] { OldSelector, NewSelector }.OfType<TaskSelector>();
}
