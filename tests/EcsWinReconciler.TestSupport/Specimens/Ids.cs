namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>The fixed identifiers of the seed's IIS example (realistic shapes; fake values).</summary>
public static class Ids
{
    public const string Region = "us-east-1";
    public const string Account = "111122223333";
    public const string ClusterName = "win-prod";
    public const string ClusterArn = "arn:aws:ecs:us-east-1:111122223333:cluster/win-prod";
    public const string Family = "iis-webserver";
    public const string TaskDefinitionArn = "arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:1";
    public const string TaskArn = "arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    public const string ServiceName = "iis-webserver";
    public const string ServiceArn = "arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver";
    public const string ContainerInstanceArn = "arn:aws:ecs:us-east-1:111122223333:container-instance/win-prod/9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    public const string InstanceId = "i-0123456789abcdef0";
    public const string AttachmentId = "5e7c9b1a-aaaa-bbbb-cccc-0123456789ab";
    public const string AttachmentArn = "arn:aws:ecs:us-east-1:111122223333:attachment/5e7c9b1a-aaaa-bbbb-cccc-0123456789ab";
    public const string EniId = "eni-0def1234abc567890";
    public const string VpcId = "vpc-0a1b2c3d4e5f60718";
    public const string SubnetA = "subnet-0a1b2c3d4e5f60718";
    public const string SubnetB = "subnet-0b2c3d4e5f6071829";
    public const string SubnetOther = "subnet-0c3d4e5f607182930";
    public const string WebGroup = "sg-0123456789abcdef0";
    public const string AlbGroup = "sg-0fedcba9876543210";
    public const string OtherGroup = "sg-0aaaabbbbccccdddd";
    public const string DhcpOptionsId = "dopt-0a1b2c3d4e5f60718";
    public const string PrivateIp = "10.20.3.41";
    public const string PrivateDnsName = "ip-10-20-3-41.ec2.internal";
}
