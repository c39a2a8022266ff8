namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// Counts the AWS API calls the adapters made, for the ApiCalls metric (the handler takes the difference across an
/// invocation); optional. <see cref="AwsApiCalls"/> on real AWS; tests count their fakes' calls.
/// </summary>
public interface IApiCallCounter
{
    long Total { get; }
}
