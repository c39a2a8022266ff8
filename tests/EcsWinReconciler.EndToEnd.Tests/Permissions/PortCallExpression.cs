using System.Linq.Expressions;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>Reads which port method a test's call expression invokes, and the value of its <c>dryRun</c> argument if it has one.</summary>
internal static class PortCallExpression
{
    public static (string Method, bool DryRun) Describe<TPort>(LambdaExpression call)
    {
        var finder = new Finder(typeof(TPort));
        finder.Visit(call.Body);
        var found = finder.Found ?? throw new ArgumentException($"{call} calls no method of {typeof(TPort).Name}", nameof(call));
        var parameters = found.Method.GetParameters();
        var dryRun = Array.FindIndex(parameters, p => p.Name == "dryRun") is var i and >= 0
            && (bool)Expression.Lambda(found.Arguments[i]).Compile().DynamicInvoke()!;
        return (found.Method.Name, dryRun);
    }

    private sealed class Finder(Type port) : ExpressionVisitor
    {
        public MethodCallExpression? Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == port)
            {
                Found ??= node;
            }

            return base.VisitMethodCall(node);
        }
    }
}
