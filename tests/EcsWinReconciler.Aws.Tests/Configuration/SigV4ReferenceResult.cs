namespace EcsWinReconciler.Aws.Tests.Configuration;

/// <summary>What <see cref="SigV4Reference"/> computed, step by step, for comparison with the AWS test suite.</summary>
internal sealed record SigV4ReferenceResult(string CanonicalRequest, string StringToSign, string Authorization);
