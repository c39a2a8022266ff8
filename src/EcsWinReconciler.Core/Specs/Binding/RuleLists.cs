using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Reads a list of rules and reports rules that say the same thing twice (e.g. tcp and 6).</summary>
internal static class RuleLists
{
    public static RuleSet? Read(ObjectView view, Field<ListShape<ObjectShape>> field, Func<ObjectView, IngressRuleSpec?> bind)
    {
        var items = view.ReadObjects(field);
        if (!items.IsPresent)
        {
            return null;
        }

        var rules = new List<BoundRule>();
        var complete = true;
        foreach (var item in items.Value)
        {
            var rule = item is null ? null : bind(item);
            if (item is null || rule is null)
            {
                complete = false;
                continue;
            }

            var first = rules.FirstOrDefault(r => r.Rule == rule);
            if (first is not null)
            {
                view.Diagnostics.Report(item.Node.Start, item.Path, $"{rule} repeats {Relative(first.Path, view.PathOf(field))}");
                complete = false;
                continue;
            }

            rules.Add(new BoundRule(rule, item.Path, item.Node.Start));
        }

        return new RuleSet(rules, complete);
    }

    /// <summary>"forbiddenIngress[0]" rather than the whole path, when the two rules share a list.</summary>
    public static string Relative(string path, string listPath)
    {
        var parent = listPath.LastIndexOf('.');
        return parent >= 0 && path.StartsWith(listPath, StringComparison.Ordinal) ? path[(parent + 1)..] : path;
    }
}
