namespace EcsWinReconciler.Aws.Members;

/// <summary>The partition a region is in, for the member role's ARN (the hub and its members share one partition).</summary>
public static class AwsPartition
{
    public static string OfRegion(string? region) => region switch
    {
        null => "aws",
        _ when region.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
        _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
        _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "aws-iso",
        _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "aws-iso-b",
        _ => "aws",
    };
}
