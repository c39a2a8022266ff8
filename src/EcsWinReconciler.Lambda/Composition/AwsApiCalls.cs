using EcsWinReconciler.Aws.Configuration;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>The ApiCalls metric's source on real AWS: the calls an <c>AwsBackend</c>'s clients sent. Public so every host composes a function as AwsPortsFactory does (ewr invoke, the end-to-end tests).</summary>
public sealed class AwsApiCalls(AwsCallCounter calls) : IApiCallCounter
{
    public long Total => calls.Total;
}
