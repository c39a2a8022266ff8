namespace EcsWinReconciler.Lambda.Composition;

/// <summary>Counts the AWS API calls the adapters made (for the ApiCalls metric); optional.</summary>
public interface IApiCallCounter
{
    long Total { get; }
}
