namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// One adapter's declaration: for each method of the port it implements, the IAM grants its AWS calls need. Keys are
/// method names (<c>nameof</c> the adapter's methods, so a rename fails the build); a method that calls nothing maps
/// to an empty list. Tests drive every method against the sandbox and dynalite and check the calls both ways.
/// </summary>
public sealed record AdapterIamDeclaration(string Adapter, string Port, IReadOnlyDictionary<string, IReadOnlyList<IamGrant>> Methods)
{
    /// <summary><c>IPort.Method</c>, as <c>PortMethods</c> names them.</summary>
    public IEnumerable<string> PortMethods => Methods.Keys.Select(m => $"{Port}.{m}");

    public IReadOnlyList<IamGrant> For(string method) => Methods.TryGetValue(method, out var grants) ? grants : [];
}
