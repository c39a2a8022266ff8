using EcsWinReconciler.Aws.Configuration;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>The ApiCalls metric's source on real AWS: the calls an <c>AwsBackend</c>'s clients sent.</summary>
internal sealed class AwsApiCalls(AwsCallCounter calls) : IApiCallCounter
{
    public long Total => calls.Total;
}
